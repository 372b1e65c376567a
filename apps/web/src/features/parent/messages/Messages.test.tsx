import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  documentView,
  fakeXhr,
  mediaView,
  NOORTJE_ID,
  photoFile,
} from '../../../components/media/test-support.ts';
import { apiError, type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { phone, stubMatchMedia } from '../../../test/media.ts';
import { renderApp } from '../../../test/render-app.tsx';
import {
  HAMSTERS_ID,
  message,
  recipients,
  summary,
  THREAD_ID,
  TIES_ID,
  thread,
  VLINDERS_ID,
} from './test-data.ts';

function server(extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
    'GET /api/v1/messages/unread': () => ({ status: 200, body: { total: 0, groups: [] } }),
    'GET /api/v1/threads': () => ({ status: 200, body: { threads: [summary()], nextBefore: null } }),
    'GET /api/v1/messages/recipients': () => ({ status: 200, body: recipients }),
    [`GET /api/v1/threads/${THREAD_ID}`]: () => ({ status: 200, body: thread() }),
    ...extra,
  });
}

function choose(...files: File[]) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

async function pick(label: string, option: string) {
  fireEvent.click(await screen.findByLabelText(label, { selector: 'input', exact: false }));
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

afterEach(() => vi.useRealTimers());

describe('Berichten', () => {
  it('lists the threads with child, group, subject, the last message, its date and time and unread', async () => {
    server({
      'GET /api/v1/threads': () => ({
        status: 200,
        body: {
          threads: [
            summary(),
            summary({ id: '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c02', subject: 'Luiers', unread: 0 }),
          ],
          nextBefore: null,
        },
      }),
    });
    renderApp('/berichten');
    const list = await screen.findByRole('list', { name: 'Berichten' });
    const rows = within(list).getAllByRole('link');
    expect(rows).toHaveLength(2);
    const first = rows[0] as HTMLElement;
    expect(first.getAttribute('href')).toBe(`/berichten/${THREAD_ID}`);
    expect(within(first).getByText('Noortje · Hamsters')).toBeTruthy();
    expect(within(first).getByText('Slaapje')).toBeTruthy();
    expect(within(first).getByText('Ahmed Bakker: Ze heeft goed geslapen.')).toBeTruthy();
    // 14:30 UTC is 15:30 in Amsterdam in March.
    expect(within(first).getByText('12 maart 2026 om 15:30')).toBeTruthy();
    expect(within(first).getByText('1 nieuw')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByText(/nieuw/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Bericht schrijven' }).getAttribute('href')).toBe(
      '/berichten/nieuw',
    );
  });

  it('says so when there are no threads', async () => {
    server({ 'GET /api/v1/threads': () => ({ status: 200, body: { threads: [], nextBefore: null } }) });
    renderApp('/berichten');
    expect(await screen.findByText(/Er zijn nog geen berichten/)).toBeTruthy();
  });

  it('shows the unread count on the menu item and drops it after the thread is read', async () => {
    stubMatchMedia(phone);
    let unread = 2;
    server({
      'GET /api/v1/messages/unread': () => ({
        status: 200,
        body: { total: unread, groups: [] },
      }),
      [`GET /api/v1/threads/${THREAD_ID}`]: () => {
        unread = 0;
        return { status: 200, body: thread() };
      },
    });
    const { router } = renderApp('/berichten');
    const nav = await screen.findByTestId('bottom-nav');
    await waitFor(() => expect(within(nav).getByTestId('unread-badge').textContent).toBe('2'));
    expect(within(nav).getByRole('link', { name: /^Berichten\s*2 ongelezen berichten$/ })).toBeTruthy();
    await act(() => router.navigate(`/berichten/${THREAD_ID}`));
    expect(await screen.findByRole('heading', { name: 'Slaapje', level: 1 })).toBeTruthy();
    await waitFor(() => expect(within(nav).queryByTestId('unread-badge')).toBeNull());
    expect(within(nav).getByRole('link', { name: 'Berichten' })).toBeTruthy();
  });

  it('shows a thread oldest first with author, date and time, and no way to change a message', async () => {
    const photo = mediaView();
    server({
      [`GET /api/v1/threads/${THREAD_ID}`]: () => ({
        status: 200,
        body: thread({
          messages: [
            message(),
            message({
              id: '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d02',
              authorName: 'Ahmed Bakker',
              authorKind: 'staff',
              mine: false,
              body: 'Ze heeft goed geslapen.',
              sentAt: '2026-03-12T14:30:00Z',
              attachments: [photo],
            }),
          ],
        }),
      }),
    });
    renderApp(`/berichten/${THREAD_ID}`);
    expect(await screen.findByRole('heading', { name: 'Slaapje', level: 1 })).toBeTruthy();
    expect(screen.getByText('Noortje · Hamsters')).toBeTruthy();
    const messages = screen.getAllByRole('article');
    expect(messages.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Bericht van Sanne de Vries, 12 maart 2026 om 14:05',
      'Bericht van Ahmed Bakker, 12 maart 2026 om 15:30',
    ]);
    expect(within(messages[0] as HTMLElement).getByText('Sanne de Vries (jij)')).toBeTruthy();
    expect(within(messages[1] as HTMLElement).getByRole('button', { name: 'Foto 1 van 1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /wijzig|verwijder|bewerk/i })).toBeNull();
    expect(screen.getByText(/niet meer te wijzigen of te verwijderen/)).toBeTruthy();
  });

  it('shows a message’s photos as a series and its PDFs as a list with a paperclip, name and size', async () => {
    const photo = mediaView();
    const pdf = documentView('Oudergesprek.pdf', 250_000);
    server({
      [`GET /api/v1/threads/${THREAD_ID}`]: () => ({
        status: 200,
        body: thread({ messages: [message({ attachments: [photo, pdf] })] }),
      }),
    });
    renderApp(`/berichten/${THREAD_ID}`);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('button', { name: 'Foto 1 van 1' })).toBeTruthy();
    const documents = within(article).getByRole('list', {
      name: /^Bijlagen bij het bericht van Sanne de Vries/,
    });
    const link = within(documents).getByRole('link', { name: 'Oudergesprek.pdf downloaden (250 kB)' });
    expect(link.getAttribute('href')).toBe(pdf.downloadUrl);
    expect(documents.querySelector('svg[data-icon="paperclip"]')).toBeTruthy();
    expect(within(article).queryByRole('button', { name: /Foto 2/ })).toBeNull();
  });

  it('sends an answer once, with its photo, and shows the thread again', async () => {
    const xhrs = fakeXhr();
    const photo = mediaView();
    let answered = false;
    const requests = server({
      [`GET /api/v1/threads/${THREAD_ID}`]: () => ({
        status: 200,
        body: answered
          ? thread({
              messages: [
                ...thread().messages,
                message({ id: '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d03', body: 'Fijn, dank je!' }),
              ],
            })
          : thread(),
      }),
      [`POST /api/v1/threads/${THREAD_ID}/messages`]: (request) => {
        answered = true;
        return { status: 201, body: message({ body: (request.body as { body: string }).body }) };
      },
    });
    renderApp(`/berichten/${THREAD_ID}`);
    const answer = await screen.findByRole('textbox', { name: 'Antwoord' });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Schrijf eerst je antwoord.');
    fireEvent.change(answer, { target: { value: 'Fijn, dank je!' } });
    choose(photoFile('slaap.jpg'));
    expect((screen.getByRole('button', { name: 'Versturen' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => xhrs[0]?.respond(201, photo));
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Fijn, dank je!')).toBeTruthy();
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ body: 'Fijn, dank je!', attachmentIds: [photo.id] });
    expect(posts[0]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect((answer as HTMLTextAreaElement).value).toBe(''));
  });
});

describe('Bericht schrijven', () => {
  it('asks for the group when the child has several, then sends and opens the thread', async () => {
    const requests = server({
      'POST /api/v1/threads': () => ({ status: 201, body: thread({ childId: TIES_ID, childName: 'Ties' }) }),
    });
    renderApp(`/berichten/nieuw?kind=${TIES_ID}`);
    expect(await screen.findByRole('heading', { name: 'Bericht schrijven', level: 1 })).toBeTruthy();
    const child = await screen.findByLabelText('Kind', { selector: 'input', exact: false });
    expect((child as HTMLInputElement).value).toBe('Ties de Vries');

    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Kies de groep waarvoor het bericht is.')).toBeTruthy();
    expect(screen.getByText('Vul een onderwerp in.')).toBeTruthy();
    expect(screen.getByText('Schrijf je bericht.')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await pick('Groep', 'Vlinders');
    fireEvent.change(screen.getByRole('textbox', { name: /^Onderwerp/ }), { target: { value: 'Knuffel' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Bericht/ }), {
      target: { value: 'Ties is zijn knuffel kwijt.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('heading', { name: 'Slaapje', level: 1 })).toBeTruthy();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.path).toBe('/api/v1/threads');
    expect(post?.body).toEqual({
      childId: TIES_ID,
      groupId: VLINDERS_ID,
      subject: 'Knuffel',
      body: 'Ties is zijn knuffel kwijt.',
      attachmentIds: [],
    });
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('does not ask for the group when the child has one', async () => {
    const requests = server({ 'POST /api/v1/threads': () => ({ status: 201, body: thread() }) });
    renderApp(`/berichten/nieuw?kind=${NOORTJE_ID}`);
    await screen.findByRole('textbox', { name: /^Onderwerp/ });
    expect(screen.queryByLabelText('Groep', { selector: 'input', exact: false })).toBeNull();
    expect(screen.getByText('Aan de medewerkers van Hamsters')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Onderwerp/ }), { target: { value: 'Slaapje' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Bericht/ }), {
      target: { value: 'Hoe ging het?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await screen.findByRole('heading', { name: 'Slaapje', level: 1 });
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toMatchObject({ childId: NOORTJE_ID, groupId: HAMSTERS_ID });
  });

  it('shows the refusal of the server at the field it names', async () => {
    server({
      'POST /api/v1/threads': () => apiError(400, 'validation', [{ path: 'groupId', code: 'not_in_group' }]),
    });
    renderApp(`/berichten/nieuw?kind=${TIES_ID}`);
    await pick('Groep', 'Hamsters');
    fireEvent.change(screen.getByRole('textbox', { name: /^Onderwerp/ }), { target: { value: 'Knuffel' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Bericht/ }), { target: { value: 'Kwijt.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(
      await screen.findByText('Het kind zit niet (meer) in deze groep. Kies een andere groep.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bericht schrijven', level: 1 })).toBeTruthy();
  });

  it('is reached from Mijn kind with the only child chosen', async () => {
    server({
      'GET /api/v1/children': () => ({
        status: 200,
        body: {
          children: [
            {
              id: NOORTJE_ID,
              firstName: 'Noortje',
              lastName: 'de Vries',
              birthDate: '2024-05-12',
              placements: [],
            },
          ],
        },
      }),
      'GET /api/v1/timeline': () => ({ status: 200, body: { items: [], nextBefore: null } }),
    });
    renderApp('/mijn-kind');
    const actions = await screen.findByRole('group', { name: /./ });
    await waitFor(() =>
      expect(within(actions).getByRole('link', { name: 'Bericht schrijven' }).getAttribute('href')).toBe(
        `/berichten/nieuw?kind=${NOORTJE_ID}`,
      ),
    );
  });
});
