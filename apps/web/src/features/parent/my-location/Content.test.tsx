import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { NEWS_ID, newsItem, newsSummary } from './content-test-data.ts';

const empty = { status: 200, body: { items: [], nextBefore: null } };

/** The list answers by kind (the query string); `lists` gives each kind's pages by `before`. */
function server(lists: Partial<Record<string, (before: string | null) => unknown>>, extra: MockRoutes = {}) {
  const requests = mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
    'GET /api/v1/messages/unread': () => ({ status: 200, body: { total: 0, groups: [] } }),
    'GET /api/v1/content': () => {
      const url = lastUrl();
      const kind = url.searchParams.get('kind') ?? '';
      const answer = lists[kind];
      return answer ? { status: 200, body: answer(url.searchParams.get('before')) } : empty;
    },
    [`GET /api/v1/content/${NEWS_ID}`]: () => ({ status: 200, body: newsItem() }),
    ...extra,
  });
  // The mock keeps the path only; the query string is read from the last call to fetch.
  const lastUrl = () => {
    const calls = (globalThis.fetch as unknown as { mock: { calls: [RequestInfo | URL][] } }).mock.calls;
    return new URL(String(calls.at(-1)?.[0]), 'http://localhost');
  };
  return requests;
}

describe('Mijn locatie: news, newsletters and information pages', () => {
  it('shows the three most recent news items with date, preview and a paperclip, and "Alle bekijken"', async () => {
    const items = [
      newsSummary({ title: 'Kinderboerderij', attachmentCount: 2 }),
      newsSummary({ title: 'Nieuwe collega' }),
      newsSummary({ title: 'Sinterklaas' }),
      newsSummary({ title: 'Ouder bericht' }),
    ];
    server({ news: () => ({ items, nextBefore: null }) });
    renderApp('/mijn-locatie');
    const list = await screen.findByRole('list', { name: 'Nieuwsberichten' });
    const rows = within(list).getAllByRole('link');
    expect(rows.map((row) => within(row).getAllByText(/./)[0]?.textContent)).toEqual([
      'Kinderboerderij',
      'Nieuwe collega',
      'Sinterklaas',
    ]);
    const first = rows[0] as HTMLElement;
    expect(first.getAttribute('href')).toBe(`/mijn-locatie/nieuws/${items[0]?.id}`);
    expect(within(first).getByText('12 maart 2026')).toBeTruthy();
    expect(within(first).getByText('Volgende week gaan we naar de kinderboerderij.')).toBeTruthy();
    expect(within(first).getByTestId('content-paperclip').textContent).toBe('met 2 bijlagen');
    expect(first.querySelector('svg[data-icon="paperclip"]')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByTestId('content-paperclip')).toBeNull();
    expect(screen.getByRole('link', { name: 'Alle nieuwsberichten bekijken' }).getAttribute('href')).toBe(
      '/mijn-locatie/nieuws',
    );
  });

  it('has no "Alle bekijken" when every item is shown, says when there is none, and hides info pages without any', async () => {
    server({ news: () => ({ items: [newsSummary({ title: 'Enige' })], nextBefore: null }) });
    renderApp('/mijn-locatie');
    expect(await screen.findByText('Enige')).toBeTruthy();
    expect(await screen.findByText('Er zijn nog geen nieuwsbrieven.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Alle .* bekijken/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Nieuwsbrief', level: 2 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Informatiepagina’s' })).toBeNull();
  });

  it('lists the information pages by title when there are any', async () => {
    const page = newsSummary({ kind: 'info_page', title: 'Ziektebeleid', publishedAt: null });
    server({ info_page: () => ({ items: [page], nextBefore: null }) });
    renderApp('/mijn-locatie');
    expect(await screen.findByRole('heading', { name: 'Informatiepagina’s', level: 2 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ziektebeleid' }).getAttribute('href')).toBe(
      `/mijn-locatie/informatie/${page.id}`,
    );
  });

  it('pages through all newsletters with "Meer laden"', async () => {
    const first = Array.from({ length: 20 }, (_, i) =>
      newsSummary({ kind: 'newsletter', title: `Nieuwsbrief ${i + 1}` }),
    );
    const second = [newsSummary({ kind: 'newsletter', title: 'Nieuwsbrief 21' })];
    const requests = server({
      newsletter: (before) =>
        before === 'page-2' ? { items: second, nextBefore: null } : { items: first, nextBefore: 'page-2' },
    });
    renderApp('/mijn-locatie/nieuwsbrieven');
    expect(await screen.findByRole('heading', { name: 'Nieuwsbrieven', level: 1 })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Nieuwsbrieven' });
    expect(within(list).getAllByRole('link')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText('Nieuwsbrief 21')).toBeTruthy();
    expect(within(list).getAllByRole('link')).toHaveLength(21);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull());
    expect(requests.filter((r) => r.path === '/api/v1/content')).toHaveLength(2);
  });

  it('opens an item in full: text, images and the attachment with paperclip, name, size and download link', async () => {
    const item = newsItem();
    server({}, { [`GET /api/v1/content/${NEWS_ID}`]: () => ({ status: 200, body: item }) });
    renderApp(`/mijn-locatie/nieuws/${NEWS_ID}`);
    expect(
      await screen.findByRole('heading', { name: 'Uitje naar de kinderboerderij', level: 1 }),
    ).toBeTruthy();
    expect(screen.getByText('12 maart 2026 · Floris')).toBeTruthy();
    const body = screen.getByTestId('content-body');
    expect(within(body).getByRole('heading', { name: 'Programma', level: 2 })).toBeTruthy();
    expect(body.querySelector('strong')?.textContent).toBe('10 uur');
    expect(screen.getByRole('list', { name: 'Afbeeldingen bij Uitje naar de kinderboerderij' })).toBeTruthy();
    const attachments = screen.getByRole('list', { name: 'Bijlagen bij Uitje naar de kinderboerderij' });
    const row = within(attachments).getByTestId('document-attachment');
    expect(row.querySelector('svg[data-icon="paperclip"]')).toBeTruthy();
    expect(row.textContent).toContain('245 kB');
    const link = within(row).getByRole('link', { name: /^Toestemmingsformulier\.pdf downloaden/ });
    expect(link.getAttribute('href')).toBe(item.attachments[0]?.downloadUrl);
    expect(link.getAttribute('download')).toBe('Toestemmingsformulier.pdf');
    expect(screen.getByRole('link', { name: 'Alle nieuwsberichten' }).getAttribute('href')).toBe(
      '/mijn-locatie/nieuws',
    );
  });

  it('never shows a script, event handler or javascript: link from a body, even one the server let through', async () => {
    const hostile =
      '<p>Hallo<img src="x" onerror="window.__xss=1"></p><script>window.__xss=2</script>' +
      '<a href="javascript:window.__xss=3">klik</a> <a href=" https://example.nl/" onclick="x()">site</a>' +
      '<div style="color:red" class="x"><em>nadruk</em></div><iframe src="https://evil.example"></iframe>';
    server(
      {},
      {
        [`GET /api/v1/content/${NEWS_ID}`]: () => ({ status: 200, body: newsItem({ bodyHtml: hostile }) }),
      },
    );
    renderApp(`/mijn-locatie/nieuws/${NEWS_ID}`);
    const body = await screen.findByTestId('content-body');
    expect(body.innerHTML).toBe(
      '<p>Hallo</p>klik <a href="https://example.nl/" target="_blank" rel="noopener noreferrer nofollow">site</a>' +
        '<em>nadruk</em>',
    );
    await act(async () => {
      fireEvent.click(within(body).getByText('klik'));
    });
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('shows the error with a retry when an item is not there (removed, or not for this family)', async () => {
    server(
      {},
      {
        [`GET /api/v1/content/${NEWS_ID}`]: () => ({
          status: 404,
          body: { error: { code: 'not_found', message: 'x' } },
        }),
      },
    );
    renderApp(`/mijn-locatie/nieuws/${NEWS_ID}`);
    expect(await screen.findByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });
});
