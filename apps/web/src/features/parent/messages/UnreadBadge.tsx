import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnreadMessages } from './queries.ts';

function useUnreadTotal() {
  return useUnreadMessages().data?.total ?? 0;
}

/**
 * The number of unread messages on the "Berichten" menu item (nothing when all is read); fetched every 30
 * seconds and after sending or reading. `floating` puts it on the item's icon. It is hidden from screen
 * readers, which hear UnreadText instead (UnreadBadge without `floating` includes it).
 */
export function UnreadBadge({ floating = false }: { floating?: boolean }) {
  const total = useUnreadTotal();
  if (total === 0) return null;
  return (
    <>
      <Badge
        color="red"
        size="sm"
        circle={total < 10}
        aria-hidden="true"
        data-testid="unread-badge"
        style={floating ? { position: 'absolute', top: -6, insetInlineStart: '70%' } : undefined}
      >
        {total > 99 ? '99+' : total}
      </Badge>
      {!floating && <UnreadText />}
    </>
  );
}

/** The unread count as text for screen readers, read after the menu item's name. */
export function UnreadText() {
  const { t } = useTranslation();
  const total = useUnreadTotal();
  if (total === 0) return null;
  return <VisuallyHidden> {t('messages.navUnread', { count: total })}</VisuallyHidden>;
}
