import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor, staffAccount } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

function goOffline(offline: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('the offline banner', () => {
  for (const [area, account, path] of [
    ['parent portal', guardianAccount, '/mijn-kind'],
    ['back office', staffAccount, '/beheer/account'],
  ] as const) {
    it(`comes and goes with the connection in the ${area}`, async () => {
      mockFetch({
        'GET /api/v1/me': () => ({ status: 200, body: meFor(account) }),
        'GET /api/v1/messages/unread': () => ({ status: 200, body: { total: 0, groups: [] } }),
        'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 0 } }),
      });
      renderApp(path);
      await screen.findByTestId('notification-bell');
      expect(screen.queryByTestId('offline-banner')).toBeNull();
      goOffline(true);
      expect(screen.getByTestId('offline-banner').textContent).toBe(
        'Geen verbinding: je ziet wat eerder is geladen.',
      );
      goOffline(false);
      expect(screen.queryByTestId('offline-banner')).toBeNull();
    });
  }

  it('shows while the app cannot even ask who is signed in', async () => {
    goOffline(true);
    mockFetch({
      'GET /api/v1/me': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderApp('/mijn-kind');
    expect(await screen.findByTestId('offline-banner')).toBeTruthy();
  });
});
