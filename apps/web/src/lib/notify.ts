import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n/index.ts';

/** A short message at the top of the screen, with a translated name for its close button. */
export function notify(message: string, tone: 'info' | 'success' | 'error' = 'info'): void {
  const colors = { info: undefined, success: 'green', error: 'red' } as const;
  notifications.show({
    message,
    color: colors[tone],
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
