import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Notification } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../components/QueryResult.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { errorText } from '../../lib/translate.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCurrentMe } from '../account/me-context.ts';
import { notificationPaths } from './paths.ts';
import { useMarkRead, useNotificationList } from './queries.ts';
import { relativeTime } from './relative-time.ts';

/** One notification: opening it goes to what it is about and marks it read. */
function NotificationRow({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const unread = item.readAt === null;
  return (
    <Paper
      component={Link}
      to={item.link}
      onClick={() => onOpen(item)}
      withBorder
      p="sm"
      radius="md"
      data-testid="notification-row"
      data-unread={unread || undefined}
      style={{
        display: 'block',
        color: 'inherit',
        textDecoration: 'none',
        borderInlineStart: unread ? '4px solid var(--mantine-color-red-7)' : undefined,
      }}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="xs" c="dimmed">
            {t(`notifications.categories.${item.category}`)}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={item.createdAt} title={formatDateTime(item.createdAt, locale)}>
              {relativeTime(item.createdAt, Date.now(), locale, t('notifications.list.justNow'))}
            </time>
          </Text>
        </Group>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={unread ? 700 : 500}>{item.title}</Text>
          {unread && (
            <Badge color="red" size="sm" style={{ flexShrink: 0 }}>
              {t('notifications.list.unread')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={3}>
          {item.body}
        </Text>
      </Stack>
    </Paper>
  );
}

/** `/notificaties` (and `/beheer/notificaties`): what happened for the account, newest first, unread marked. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.list.title'));
  const { account } = useCurrentMe();
  const list = useNotificationList();
  const markRead = useMarkRead();
  const onError = (error: unknown) => notify(errorText(t, error), 'error');
  const unread = list.data?.pages[0]?.unread ?? 0;

  const open = (item: Notification) => {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] }, { onError });
  };
  const markAll = () =>
    markRead.mutate({}, { onSuccess: () => notify(t('notifications.list.markedAll'), 'success'), onError });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('notifications.list.title')}</Title>
        {unread > 0 && (
          <Button
            variant="light"
            onClick={markAll}
            loading={markRead.isPending && markRead.variables?.ids === undefined}
          >
            {t('notifications.list.markAll')}
          </Button>
        )}
      </Group>
      <Anchor component={Link} to={notificationPaths(account.kind).settings} size="sm">
        {t('notifications.list.settings')}
      </Anchor>
      {renderResult(list, (data) => {
        const items = data.pages.flatMap((page) => page.notifications);
        if (items.length === 0) return <Text c="dimmed">{t('notifications.list.empty')}</Text>;
        return (
          <Stack gap="sm">
            <Stack
              component="ul"
              gap="xs"
              p={0}
              m={0}
              aria-label={t('notifications.list.listLabel')}
              style={{ listStyle: 'none' }}
            >
              {items.map((item) => (
                <li key={item.id}>
                  <NotificationRow item={item} onOpen={open} />
                </li>
              ))}
            </Stack>
            {list.hasNextPage && (
              <Button
                variant="default"
                onClick={() => void list.fetchNextPage()}
                loading={list.isFetchingNextPage}
                style={{ alignSelf: 'center' }}
              >
                {t('notifications.list.more')}
              </Button>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
