import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, type MockRoutes, mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { base64UrlToBytes } from './push.ts';
import { defaultPreferences } from './test-data.ts';

// A VAPID public key is 65 bytes: 0x04 and two 32-byte coordinates.
const KEY_BYTES = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : (i * 37) % 256));
const PUBLIC_KEY = btoa(String.fromCharCode(...KEY_BYTES))
  .replace(/\+/g, '-')
  .replace(/\//g, '_')
  .replace(/=+$/, '');
const SUBSCRIPTION_JSON = {
  endpoint: 'https://push.example.net/send/abc123',
  expirationTime: null,
  keys: { p256dh: `B${'x'.repeat(86)}`, auth: 'a1b2c3d4e5f6g7h8i9j0kA' },
};

/** A browser's push machinery, as far as the page uses it. */
function fakeBrowser(options: {
  permission?: NotificationPermission;
  answer?: NotificationPermission;
  subscribed?: boolean;
  worker?: boolean;
}) {
  let subscription: { endpoint: string; toJSON: () => unknown; unsubscribe: () => Promise<boolean> } | null =
    null;
  const unsubscribe = vi.fn(async () => {
    subscription = null;
    return true;
  });
  const make = () => ({ endpoint: SUBSCRIPTION_JSON.endpoint, toJSON: () => SUBSCRIPTION_JSON, unsubscribe });
  if (options.subscribed) subscription = make();
  const subscribe = vi.fn(async (_options: PushSubscriptionOptionsInit) => {
    subscription = make();
    return subscription;
  });
  const registration = {
    pushManager: { getSubscription: async () => subscription, subscribe },
  };
  const notification = {
    permission: options.permission ?? 'default',
    requestPermission: vi.fn(async () => options.answer ?? 'granted'),
  };
  vi.stubGlobal('PushManager', class {});
  vi.stubGlobal('Notification', notification);
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      getRegistration: async () => (options.worker === false ? undefined : registration),
      ready: Promise.resolve(registration),
    },
  });
  return { subscribe, unsubscribe, notification };
}

function server(extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
    'GET /api/v1/messages/unread': () => ({ status: 200, body: { total: 0, groups: [] } }),
    'GET /api/v1/notifications/unread': () => ({ status: 200, body: { unread: 0 } }),
    'GET /api/v1/notifications/preferences': () => ({ status: 200, body: defaultPreferences() }),
    'GET /api/v1/push/key': () => ({ status: 200, body: { publicKey: PUBLIC_KEY } }),
    'POST /api/v1/push/subscriptions': () => ({ status: 204 }),
    'DELETE /api/v1/push/subscriptions': () => ({ status: 204 }),
    ...extra,
  });
}

const card = async () => {
  await screen.findByRole('heading', { name: 'Pushmeldingen op dit apparaat' });
  return screen.getByTestId('push-device-state');
};

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('Pushmeldingen op dit apparaat', () => {
  it('says so when the browser cannot receive push', async () => {
    server();
    renderApp('/overig/notificaties');
    const state = await card();
    await waitFor(() => expect(state.dataset.state).toBe('unsupported'));
    expect(screen.getByText(/Deze browser kan geen pushmeldingen ontvangen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Aanzetten' })).toBeNull();
  });

  it('says so when the app has no service worker (yet)', async () => {
    fakeBrowser({ worker: false });
    server();
    renderApp('/overig/notificaties');
    await waitFor(async () => expect((await card()).dataset.state).toBe('unsupported'));
  });

  it('explains how to allow it again when notifications were blocked', async () => {
    fakeBrowser({ permission: 'denied' });
    server();
    renderApp('/overig/notificaties');
    await waitFor(async () => expect((await card()).dataset.state).toBe('denied'));
    expect(screen.getByText(/geen toestemming gegeven om meldingen te tonen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Aanzetten' })).toBeNull();
  });

  it('"Aanzetten" asks permission, subscribes with the server’s key and registers the subscription', async () => {
    const browser = fakeBrowser({});
    const requests = server();
    renderApp('/overig/notificaties');
    expect(await screen.findByText(/krijgt nog geen pushmeldingen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Aanzetten' }));
    expect(await screen.findByText('Dit apparaat krijgt pushmeldingen.')).toBeTruthy();
    expect(browser.notification.requestPermission).toHaveBeenCalledOnce();
    const options = browser.subscribe.mock.calls[0]![0];
    expect(options.userVisibleOnly).toBe(true);
    expect([...(options.applicationServerKey as Uint8Array)]).toEqual([...KEY_BYTES]);
    const posted = requests.filter((r) => r.method === 'POST');
    expect(posted.map((r) => [r.path, r.body])).toEqual([
      ['/api/v1/push/subscriptions', { endpoint: SUBSCRIPTION_JSON.endpoint, keys: SUBSCRIPTION_JSON.keys }],
    ]);
    expect(screen.getByRole('button', { name: 'Uitzetten' })).toBeTruthy();
  });

  it('refusing permission subscribes nothing and says why', async () => {
    const browser = fakeBrowser({ answer: 'denied' });
    const requests = server();
    renderApp('/overig/notificaties');
    fireEvent.click(await screen.findByRole('button', { name: 'Aanzetten' }));
    expect(await screen.findByText(/Zonder toestemming van je browser/)).toBeTruthy();
    expect(browser.subscribe).not.toHaveBeenCalled();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('says so when the browser’s push service refuses', async () => {
    const browser = fakeBrowser({});
    browser.subscribe.mockRejectedValueOnce(new DOMException('Registration failed', 'AbortError'));
    const requests = server();
    renderApp('/overig/notificaties');
    fireEvent.click(await screen.findByRole('button', { name: 'Aanzetten' }));
    expect(await screen.findByText(/Pushmeldingen aanzetten is niet gelukt/)).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('when the server refuses the subscription, the browser unsubscribes again', async () => {
    const browser = fakeBrowser({});
    server({ 'POST /api/v1/push/subscriptions': () => apiError(500, 'internal') });
    renderApp('/overig/notificaties');
    fireEvent.click(await screen.findByRole('button', { name: 'Aanzetten' }));
    await waitFor(() => expect(browser.unsubscribe).toHaveBeenCalledOnce());
    expect(await screen.findByRole('button', { name: 'Aanzetten' })).toBeTruthy();
  });

  it('"Uitzetten" unsubscribes the browser and removes the subscription on the server', async () => {
    const browser = fakeBrowser({ permission: 'granted', subscribed: true });
    const requests = server();
    renderApp('/overig/notificaties');
    fireEvent.click(await screen.findByRole('button', { name: 'Uitzetten' }));
    expect(await screen.findByRole('button', { name: 'Aanzetten' })).toBeTruthy();
    expect(browser.unsubscribe).toHaveBeenCalledOnce();
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => [r.path, r.body])).toEqual([
      ['/api/v1/push/subscriptions', { endpoint: SUBSCRIPTION_JSON.endpoint }],
    ]);
  });
});

describe('base64UrlToBytes', () => {
  it('reads base64url without padding, with - and _', () => {
    expect([...base64UrlToBytes('-_8')]).toEqual([0xfb, 0xff]);
    expect([...base64UrlToBytes(PUBLIC_KEY)]).toEqual([...KEY_BYTES]);
  });
});
