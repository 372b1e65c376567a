import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ThreadSummary } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { useThreadList } from './queries.ts';

function ThreadRow({ thread, href }: { thread: ThreadSummary; href: string }) {
  const { t } = useTranslation();
  const when = formatDateTime(thread.lastMessageAt, currentLocale());
  const unread = thread.unread > 0;
  return (
    <Paper
      component={Link}
      to={href}
      withBorder
      p="sm"
      radius="md"
      data-testid="thread-row"
      style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="xs" c="dimmed" truncate>
            {t('messages.about', { child: thread.childName, group: thread.groupName })}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={thread.lastMessageAt}>{when}</time>
          </Text>
        </Group>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={unread ? 700 : 500} truncate>
            {thread.subject}
          </Text>
          {unread && (
            <Badge color="red" size="sm" style={{ flexShrink: 0 }}>
              {t('messages.unreadCount', { count: thread.unread })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {t('messages.preview', { author: thread.lastAuthorName, text: thread.lastMessagePreview })}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Threads, newest activity first: child and group, subject, the last message's start, when, and unread. */
export function ThreadList({
  query,
  hrefOf,
  label,
  emptyText,
}: {
  query: ReturnType<typeof useThreadList>;
  hrefOf: (thread: ThreadSummary) => string;
  label: string;
  emptyText: string;
}) {
  const { t } = useTranslation();
  return renderResult(query, (data) => {
    const threads = data.pages.flatMap((page) => page.threads);
    if (threads.length === 0) return <Text c="dimmed">{emptyText}</Text>;
    return (
      <Stack gap="sm">
        <Stack component="ul" gap="xs" p={0} m={0} aria-label={label} style={{ listStyle: 'none' }}>
          {threads.map((thread) => (
            <li key={thread.id}>
              <ThreadRow thread={thread} href={hrefOf(thread)} />
            </li>
          ))}
        </Stack>
        {query.hasNextPage && (
          <Button
            variant="default"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
            style={{ alignSelf: 'center' }}
          >
            {t('messages.more')}
          </Button>
        )}
      </Stack>
    );
  });
}
