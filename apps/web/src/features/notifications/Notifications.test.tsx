import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type MockRoutes, mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor, staffAccount } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { NOTIFICATIONS_KEY } from './queries.ts';
import { notification } from './test-data.ts';

const READ_ID = '8b2f3e4d-5c6b-4a89-9b7c-6d5e4f3a2b02';
const OLD_ID = '8b2f3e4d-5c6b-4a89-9b7c-6d5e4f3a2b03';

function server(extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
    'GET /api/v1/messages/unread': () => ({ status: 200, body: { total: 0, groups: [] } }),
    'GET /api/v1/threads/7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01': () => ({ status: 404 }),
    'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 1 } }),
    'GET /api/v1/notifications': () => ({
      status: 200,
      body: {
        notifications: [
          notification(),
          notification({
            id: READ_ID,
            category: 'photo',
            title: 'Nieuwe foto van Noortje',
            body: 'Buiten spelen',
            link: '/mijn-kind',
            readAt: '2026-03-11T10:00:00Z',
          }),
        ],
        nextBefore: null,
        unread: 1,
      },
    }),
    'POST /api/v1/notifications/read': () => ({ status: 204 }),
    ...extra,
  });
}

const bell = () => screen.findByTestId('notification-bell');

describe('Meldingen: the bell and the list', () => {
  it('shows the unread count on the bell, in its accessible name too, and opens the list', async () => {
    server({ 'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 3 } }) });
    const { router } = renderApp('/mijn-kind');
    const button = await bell();
    await waitFor(() => expect(button.getAttribute('aria-label')).toBe('Meldingen, 3 ongelezen'));
    expect(within(button).getByTestId('notification-badge').textContent).toBe('3');
    fireEvent.click(screen.getByRole('link', { name: 'Meldingen, 3 ongelezen' }));
    expect(router.state.location.pathname).toBe('/notificaties');
    expect(await screen.findByRole('heading', { name: 'Meldingen', level: 1 })).toBeTruthy();
  });

  it('has no badge when all is read, and updates when the notifications key is invalidated', async () => {
    let unread = 0;
    server({ 'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread } }) });
    const { queryClient } = renderApp('/mijn-kind');
    const button = await bell();
    await waitFor(() => expect(button.getAttribute('aria-label')).toBe('Meldingen'));
    expect(within(button).queryByTestId('notification-badge')).toBeNull();
    // What a live 'notifications' event does: the badge follows without a reload.
    unread = 1;
    await act(() => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }));
    await waitFor(() => expect(button.getAttribute('aria-label')).toBe('Meldingen, 1 ongelezen'));
  });

  it('lists newest first with category, title, text and time; unread ones are marked', async () => {
    server();
    renderApp('/notificaties');
    const list = await screen.findByRole('list', { name: 'Meldingen' });
    const rows = within(list).getAllByRole('link');
    expect(rows).toHaveLength(2);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(first.getAttribute('href')).toBe('/berichten/7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01');
    expect(within(first).getByText('Berichten')).toBeTruthy();
    expect(within(first).getByText('Nieuw bericht: Slaapje')).toBeTruthy();
    expect(within(first).getByText('Ahmed Bakker: Ze heeft goed geslapen.')).toBeTruthy();
    expect(within(first).getByText('Nieuw')).toBeTruthy();
    expect(first.dataset.unread).toBe('true');
    // Long ago: the date and time in Amsterdam.
    expect(within(first).getByText('12 maart 2026 om 15:30')).toBeTruthy();
    expect(within(second).queryByText('Nieuw')).toBeNull();
    expect(second.dataset.unread).toBeUndefined();
    expect(screen.getByRole('link', { name: /Instellen welke meldingen/ }).getAttribute('href')).toBe(
      '/overig/notificaties',
    );
  });

  it('opening an unread item marks it read and goes to what it is about', async () => {
    const requests = server();
    const { router } = renderApp('/notificaties');
    fireEvent.click(await screen.findByRole('link', { name: /Nieuw bericht: Slaapje/ }));
    expect(router.state.location.pathname).toBe('/berichten/7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01');
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([
        ['/api/v1/notifications/read', { ids: [notification().id] }],
      ]),
    );
  });

  it('opening a read item marks nothing', async () => {
    const requests = server();
    const { router } = renderApp('/notificaties');
    fireEvent.click(await screen.findByRole('link', { name: /Nieuwe foto van Noortje/ }));
    expect(router.state.location.pathname).toBe('/mijn-kind');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('"Alles gelezen" marks all read and shows the list again without unread', async () => {
    let allRead = false;
    const requests = server({
      'GET /api/v1/notifications': () => ({
        status: 200,
        body: {
          notifications: [notification(allRead ? { readAt: '2026-03-12T15:00:00Z' } : {})],
          nextBefore: null,
          unread: allRead ? 0 : 1,
        },
      }),
      'POST /api/v1/notifications/read': () => {
        allRead = true;
        return { status: 204 };
      },
    });
    renderApp('/notificaties');
    fireEvent.click(await screen.findByRole('button', { name: 'Alles gelezen' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Alles gelezen' })).toBeNull());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({});
    const list = screen.getByRole('list', { name: 'Meldingen' });
    expect(within(list).queryByText('Nieuw')).toBeNull();
  });

  it('"Meer laden" fetches the next page with the keyset cursor', async () => {
    // The mock routes by path only: answer by how many pages were asked, and read the cursors from fetch's calls.
    let pages = 0;
    const seen: string[] = [];
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/messages/unread': () => ({ status: 200, body: { total: 0, groups: [] } }),
      'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 0 } }),
      'GET /api/v1/notifications': () => {
        pages += 1;
        return {
          status: 200,
          body:
            pages === 1
              ? {
                  notifications: [notification({ readAt: '2026-03-12T15:00:00Z' })],
                  nextBefore: 'cursor-1',
                  unread: 0,
                }
              : {
                  notifications: [
                    notification({ id: OLD_ID, title: 'Oudere melding', readAt: '2026-03-01T10:00:00Z' }),
                  ],
                  nextBefore: null,
                  unread: 0,
                },
        };
      },
    });
    const fetchMock = globalThis.fetch as unknown as { mock: { calls: [RequestInfo | URL][] } };
    renderApp('/notificaties');
    fireEvent.click(await screen.findByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText('Oudere melding')).toBeTruthy();
    for (const [input] of fetchMock.mock.calls) {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname === '/api/v1/notifications') seen.push(url.search);
    }
    expect(seen).toEqual(['?limit=20', '?limit=20&before=cursor-1']);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Meldingen' })).getAllByRole('link')).toHaveLength(2);
  });

  it('says so when there are none', async () => {
    server({
      'GET /api/v1/notifications': () => ({
        status: 200,
        body: { notifications: [], nextBefore: null, unread: 0 },
      }),
    });
    renderApp('/notificaties');
    expect(await screen.findByText(/Je hebt nog geen meldingen/)).toBeTruthy();
  });

  it('staff have the bell too, opening the list in Beheer', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(staffAccount) }),
      'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 2 } }),
      'GET /api/v1/notifications': () => ({
        status: 200,
        body: { notifications: [notification()], nextBefore: null, unread: 2 },
      }),
    });
    const { router } = renderApp('/beheer/account');
    fireEvent.click(await screen.findByRole('link', { name: 'Meldingen, 2 ongelezen' }));
    expect(router.state.location.pathname).toBe('/beheer/notificaties');
    expect(await screen.findByRole('heading', { name: 'Meldingen', level: 1 })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Instellen welke meldingen/ }).getAttribute('href')).toBe(
      '/beheer/account/notificaties',
    );
  });
});
