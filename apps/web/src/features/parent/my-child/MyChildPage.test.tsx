import type { Timeline } from '@nestje/contract';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  diaryEntry,
  GROUP_ID,
  mediaView,
  NOORTJE_ID,
  threePhotoPost,
} from '../../../components/media/test-support.ts';
import { timelineRefetchInterval } from '../../../components/media/timeline-query.ts';
import { type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const children = {
  children: [
    {
      id: NOORTJE_ID,
      firstName: 'Noortje',
      lastName: 'de Vries',
      birthDate: '2024-05-12',
      placements: [
        {
          id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01',
          groupId: GROUP_ID,
          groupName: 'Hamsters',
          locationName: 'Haarlem',
          placementType: 'Flexibel 52 weken',
          startDate: '2025-01-06',
          endDate: null,
        },
      ],
    },
  ],
};

function server(pages: Timeline[], extra: MockRoutes = {}) {
  let page = 0;
  return mockFetch({
    ...extra,
    'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
    'GET /api/v1/children': () => ({ status: 200, body: children }),
    'GET /api/v1/timeline': () => {
      const answer = pages[Math.min(page, pages.length - 1)];
      page += 1;
      return { status: 200, body: answer };
    },
  });
}

/** The query strings of the timeline requests, in order. */
function timelineQueries(): URLSearchParams[] {
  return vi
    .mocked(fetch)
    .mock.calls.map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/timeline')
    .map((url) => url.searchParams);
}

describe('Mijn kind timeline', () => {
  it('shows the children, the three actions and the feed newest first, loading older items on request', async () => {
    const post = threePhotoPost();
    const entry = diaryEntry();
    const older = diaryEntry({ id: '9c1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b99', body: 'Een ouder verslag.' });
    server([
      {
        items: [
          { kind: 'post', at: post.postedAt, post },
          { kind: 'diary', at: entry.writtenAt, entry },
        ],
        nextBefore: 'cursor-1',
      },
      { items: [{ kind: 'diary', at: older.writtenAt, entry: older }], nextBefore: null },
    ]);
    renderApp('/mijn-kind');

    expect(await screen.findByRole('heading', { name: 'Noortje de Vries' })).toBeTruthy();
    const actions = screen.getByRole('group', { name: 'Acties' });
    expect(within(actions).getByRole('link', { name: 'Dagboek schrijven' }).getAttribute('href')).toBe(
      '/mijn-kind/dagboek/schrijven',
    );
    // With one child, "Bericht schrijven" opens with that child chosen.
    expect(within(actions).getByRole('link', { name: 'Bericht schrijven' }).getAttribute('href')).toBe(
      `/berichten/nieuw?kind=${NOORTJE_ID}`,
    );
    expect(within(actions).getByRole('link', { name: 'Afwezig melden' }).getAttribute('href')).toBe(
      '/agenda/afwezigheid',
    );

    const feed = await screen.findByRole('region', { name: 'Dagverslagen en foto’s' });
    const [postCard, diaryCard] = within(feed).getAllByRole('article');
    expect(
      within(postCard as HTMLElement).getByRole('heading', { name: 'Foto’s van Hamsters' }),
    ).toBeTruthy();
    expect(postCard?.textContent).toContain('Vandaag in de zandbak.');
    expect(postCard?.textContent).toContain('1 foto van deze reeks is niet zichtbaar');
    const photos = within(postCard as HTMLElement).getAllByRole('img');
    expect(photos.map((img) => img.getAttribute('alt'))).toEqual([
      'Foto 1 van 3',
      'Foto 2 van 3',
      'Foto 3 van 3',
    ]);
    expect(photos.every((img) => img.getAttribute('loading') === 'lazy')).toBe(true);

    // A diary entry shows the start of its text and its thumbnails; the link opens it whole.
    expect(
      within(diaryCard as HTMLElement).getByRole('heading', { name: 'Dagboek van Noortje' }),
    ).toBeTruthy();
    expect(diaryCard?.textContent).toContain('Noortje heeft goed geslapen.');
    expect(within(diaryCard as HTMLElement).getByRole('img', { name: 'Foto 1 van 1' })).toBeTruthy();
    const open = within(diaryCard as HTMLElement).getByRole('link', {
      name: /Hele verslag over Noortje lezen/,
    });
    expect(open.getAttribute('href')).toBe(`/mijn-kind/dagboek/${entry.id}`);

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText('Een ouder verslag.')).toBeTruthy();
    expect(within(feed).getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    const queries = timelineQueries();
    expect(queries[0]?.get('before')).toBeNull();
    expect(queries[1]?.get('before')).toBe('cursor-1');
  });

  it('opens a photo of a post full screen with Downloaden under it', async () => {
    const post = threePhotoPost();
    server([{ items: [{ kind: 'post', at: post.postedAt, post }], nextBefore: null }]);
    renderApp('/mijn-kind');
    fireEvent.click(await screen.findByRole('button', { name: 'Foto 1 van 3' }));
    const dialog = await screen.findByRole('dialog', { name: 'Foto 1 van 3' });
    expect(within(dialog).getByRole('link', { name: 'Downloaden' }).getAttribute('href')).toBe(
      post.photos[0]?.media.downloadUrl,
    );
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('opens a diary entry whole when its text is clicked', async () => {
    const entry = diaryEntry();
    const requests = server([{ items: [{ kind: 'diary', at: entry.writtenAt, entry }], nextBefore: null }], {
      [`GET /api/v1/diary/${entry.id}`]: () => ({ status: 200, body: entry }),
    });
    renderApp('/mijn-kind');
    fireEvent.click(await screen.findByText(/Noortje heeft goed geslapen\./));
    expect(await screen.findByRole('heading', { name: 'Dagboek van Noortje', level: 1 })).toBeTruthy();
    expect(requests.some((request) => request.path === `/api/v1/diary/${entry.id}`)).toBe(true);
  });

  it('says so when there is nothing yet', async () => {
    server([{ items: [], nextBefore: null }]);
    renderApp('/mijn-kind');
    expect(await screen.findByText('Er zijn nog geen dagverslagen of foto’s.')).toBeTruthy();
  });

  it('fetches the feed again a minute before its signed media URLs expire', () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const soon = mediaView({ urlsExpireAt: '2026-11-29T10:04:00.000Z' });
    const later = mediaView({ urlsExpireAt: '2026-11-29T10:05:00.000Z' });
    const entry = diaryEntry({ media: [later, soon] });
    const page: Timeline = { items: [{ kind: 'diary', at: entry.writtenAt, entry }], nextBefore: null };
    expect(timelineRefetchInterval({ pages: [page], pageParams: [null] })).toBe(3 * 60_000);
    expect(timelineRefetchInterval({ pages: [{ items: [], nextBefore: null }], pageParams: [null] })).toBe(
      false,
    );
  });
});
