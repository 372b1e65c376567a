import { Alert } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser thinks it has a connection; follows the online and offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * "Geen verbinding": shown in both areas while the browser is offline (B5), so nobody takes what the app still
 * shows from before for the latest. A status region: screen readers hear it come and go.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" aria-live="polite">
      {!online && (
        <Alert color="orange" variant="filled" radius={0} py={6} data-testid="offline-banner">
          {t('notifications.offline')}
        </Alert>
      )}
    </div>
  );
}
