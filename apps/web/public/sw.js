// Nestje's service worker (B5): the app keeps opening on a bad connection, and push messages reach the device.
// Hand-written on purpose: small enough to read whole. Served with Cache-Control: no-cache, so a new version
// is picked up on the next visit; bump VERSION when the caching rules below change.

const VERSION = 'v1';
const CACHE = `nestje-${VERSION}`;
/** The app shell: every page of the single-page app is this one file. */
const SHELL = '/index.html';

/**
 * The shell and the built files it loads. The page that registers this worker loaded them before the worker
 * ran, so they would otherwise only be cached on a later visit: too late for the first time offline.
 */
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch(SHELL, { cache: 'reload' });
  if (!response.ok) throw new Error(`The app shell answered ${response.status}`);
  const html = await response.clone().text();
  const assets = [...new Set(html.match(/\/assets\/[^"'\s]+/g) ?? [])];
  await cache.put(SHELL, response);
  await cache.addAll(assets);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Caches of earlier versions hold files of an app that no longer exists.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** How long a page may take from the network before the cached shell is shown instead (a bad connection). */
const NETWORK_PATIENCE_MS = 3000;

/**
 * Pages: the network first (always the newest app); the cached shell when there is no connection, or when the
 * network has not answered within NETWORK_PATIENCE_MS (the network's answer still refreshes the cache).
 */
async function navigation(request) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    // Only the app's own page is the shell: not a file or image opened directly in the window.
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    if (response.ok && html) await cache.put(SHELL, response.clone());
    return response;
  });
  const shell = await cache.match(SHELL);
  if (!shell) return fromNetwork;
  const patience = new Promise((resolve) => setTimeout(() => resolve(shell), NETWORK_PATIENCE_MS));
  return Promise.race([fromNetwork.catch(() => shell), patience]);
}

/** Built files have their content's hash in their name: a cached one is never out of date. */
async function hashedAsset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Personal data never goes into the cache: the API (and the manifest, which names the signed-in
  // organisation) always come from the server; react-query keeps what was loaded while the tab is open.
  if (url.pathname.startsWith('/api/') || url.pathname === '/manifest.webmanifest') return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(hashedAsset(request));
  }
});

/** A push message (see pushPayloadSchema): show it; the tag makes a newer one replace the older. */
self.addEventListener('push', (event) => {
  let payload = {};
  try {
    payload = event.data ? event.data.json() : {};
  } catch {
    payload = { body: event.data ? event.data.text() : '' };
  }
  const title = payload.title || 'Nestje';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: payload.body || '',
      tag: payload.tag,
      data: { url: payload.url || '/' },
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
    }),
  );
});

/** Tapping a notification: to its page, in an open window of the app when there is one. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || '/', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        if ('navigate' in open) await open.navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
