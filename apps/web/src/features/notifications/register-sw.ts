/**
 * Registers the service worker (public/sw.js) in a production build: it keeps the app opening without a
 * connection and shows push messages. Development runs without it, so a stale cache never hides a change.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      // The app works without it (online, no push); nothing to tell the user.
      console.warn('Service worker not registered', error);
    });
  });
}
