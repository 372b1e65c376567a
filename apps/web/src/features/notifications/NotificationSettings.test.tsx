import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRoutes, mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor, staffAccount } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { defaultPreferences } from './test-data.ts';

function server(extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
    'GET /api/v1/messages/unread': () => ({ status: 200, body: { total: 0, groups: [] } }),
    'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 0 } }),
    'GET /api/v1/notifications/preferences': () => ({ status: 200, body: defaultPreferences() }),
    'PUT /api/v1/notifications/preferences': () => ({ status: 204 }),
    ...extra,
  });
}

const switchFor = (name: string) => screen.findByRole('switch', { name });

describe('Overig → Notificaties', () => {
  it('is linked from Overig and shows every category with an e-mail and a push switch', async () => {
    server();
    const { router } = renderApp('/overig');
    fireEvent.click(await screen.findByRole('link', { name: 'Notificaties' }));
    expect(router.state.location.pathname).toBe('/overig/notificaties');
    expect(await screen.findByRole('heading', { name: 'Notificaties', level: 1 })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Notificaties per onderwerp' });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rows).toEqual([
      'Berichten',
      'Foto’s',
      'Dagboek',
      'Aanvraag beoordeeld',
      'Aanvraag vervallen',
      'Afwezigheid',
      'Nieuws',
      'Nieuwsbrief',
    ]);
    expect(((await switchFor('E-mail bij Berichten')) as HTMLInputElement).checked).toBe(true);
    expect(((await switchFor('E-mail bij Foto’s')) as HTMLInputElement).checked).toBe(false);
    expect(((await switchFor('Push bij Nieuws')) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/activeren of je wachtwoord te herstellen krijg je altijd/)).toBeTruthy();
  });

  it('saves a switch as it is flipped, with the category, the channel and the new state', async () => {
    let stored = defaultPreferences();
    const requests = server({
      'GET /api/v1/notifications/preferences': () => ({ status: 200, body: stored }),
      'PUT /api/v1/notifications/preferences': ({ body }) => {
        const { category, channel, enabled } = body as {
          category: string;
          channel: 'email';
          enabled: boolean;
        };
        stored = {
          preferences: stored.preferences.map((p) =>
            p.category === category ? { ...p, [channel]: enabled } : p,
          ),
        };
        return { status: 204 };
      },
    });
    renderApp('/overig/notificaties');
    const email = (await switchFor('E-mail bij Berichten')) as HTMLInputElement;
    fireEvent.click(email);
    await waitFor(() => expect(email.checked).toBe(false));
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
        { category: 'message', channel: 'email', enabled: false },
      ]),
    );
    fireEvent.click((await switchFor('Push bij Dagboek')) as HTMLInputElement);
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({
        category: 'diary',
        channel: 'push',
        enabled: false,
      }),
    );
    // After saving, what the server holds is shown: both stay off.
    await waitFor(() =>
      expect(requests.filter((r) => r.path.endsWith('/preferences')).length).toBeGreaterThan(3),
    );
    expect(((await switchFor('E-mail bij Berichten')) as HTMLInputElement).checked).toBe(false);
    expect(((await switchFor('Push bij Dagboek')) as HTMLInputElement).checked).toBe(false);
  });

  it('moves a switch back and says why when saving fails', async () => {
    let answer: (value: { status: number; body?: unknown }) => void = () => {};
    let loads = 0;
    server({
      // Only the first load answers: the switch must move back by itself, not by fetching the switches again.
      'GET /api/v1/notifications/preferences': () =>
        ++loads === 1 ? { status: 200, body: defaultPreferences() } : new Promise(() => {}),
      'PUT /api/v1/notifications/preferences': () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    });
    renderApp('/overig/notificaties');
    const photos = (await switchFor('E-mail bij Foto’s')) as HTMLInputElement;
    fireEvent.click(photos);
    // It moves at once, before the server answers.
    await waitFor(() => expect(photos.checked).toBe(true));
    answer(apiError(500, 'internal'));
    expect(await screen.findByText(/Het schuifje voor Foto’s is niet bewaard/)).toBeTruthy();
    await waitFor(async () =>
      expect(((await switchFor('E-mail bij Foto’s')) as HTMLInputElement).checked).toBe(false),
    );
  });

  it('is reachable from the staff’s account page too', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(staffAccount) }),
      'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 0 } }),
      'GET /api/v1/notifications/preferences': () => ({ status: 200, body: defaultPreferences() }),
    });
    const { router } = renderApp('/beheer/account');
    fireEvent.click(await screen.findByRole('link', { name: 'Notificaties' }));
    expect(router.state.location.pathname).toBe('/beheer/account/notificaties');
    expect(await screen.findByRole('table', { name: 'Notificaties per onderwerp' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Terug naar Mijn account' })).toBeTruthy();
  });
});
