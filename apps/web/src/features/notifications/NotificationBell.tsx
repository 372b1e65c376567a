import { ActionIcon, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BellIcon } from '../../components/icons.tsx';
import { useCurrentMe } from '../account/me-context.ts';
import { notificationPaths } from './paths.ts';
import { useUnreadNotifications } from './queries.ts';

/**
 * The bell in the header: opens the notification list. Its accessible name carries the unread count, so a
 * screen reader hears "Meldingen, 3 ongelezen"; the red badge shows the same to the eye.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { account } = useCurrentMe();
  const unread = useUnreadNotifications().data?.unread ?? 0;
  const label =
    unread > 0 ? t('notifications.bell.labelUnread', { count: unread }) : t('notifications.bell.label');
  return (
    <ActionIcon
      component={Link}
      to={notificationPaths(account.kind).list}
      variant="subtle"
      color="gray"
      size={44}
      radius="xl"
      aria-label={label}
      data-testid="notification-bell"
      style={{ position: 'relative', flexShrink: 0 }}
    >
      <BellIcon />
      {unread > 0 && (
        <Badge
          color="red"
          size="sm"
          circle={unread < 10}
          aria-hidden="true"
          data-testid="notification-badge"
          style={{ position: 'absolute', top: 2, insetInlineEnd: 0, pointerEvents: 'none' }}
        >
          {unread > 99 ? '99+' : unread}
        </Badge>
      )}
    </ActionIcon>
  );
}
