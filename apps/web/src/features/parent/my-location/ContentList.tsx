import { Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type ContentSummary, contentItemPath } from '@nestje/contract';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PaperclipIcon } from '../../../components/icons.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { useSentinel } from '../../../lib/use-sentinel.ts';
import { publishedDate } from './content-text.ts';

/** One news item or newsletter in a list: title, date, the start of its text, and a paperclip with attachments. */
function ContentRow({ item }: { item: ContentSummary }) {
  const { t } = useTranslation();
  const thumbnail = item.image?.smallUrl ?? null;
  return (
    <Paper
      component={Link}
      to={contentItemPath(item.kind, item.id)}
      withBorder
      p="sm"
      radius="md"
      data-testid="content-row"
      style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {thumbnail && (
          <img
            src={thumbnail}
            alt=""
            width={64}
            height={64}
            style={{ objectFit: 'cover', borderRadius: 6, flexShrink: 0 }}
          />
        )}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <Text fw={600} truncate>
                {item.title}
              </Text>
              {item.attachmentCount > 0 && (
                <span data-testid="content-paperclip" style={{ display: 'inline-flex', flexShrink: 0 }}>
                  <PaperclipIcon />
                  <VisuallyHidden>
                    {t('content.withAttachments', { count: item.attachmentCount })}
                  </VisuallyHidden>
                </span>
              )}
            </Group>
            {item.publishedAt && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={item.publishedAt}>{publishedDate(item.publishedAt, currentLocale())}</time>
              </Text>
            )}
          </Group>
          {item.summary && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {item.summary}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/** News items or newsletters, newest first, as links to the item in full. */
export function ContentList({ items, label }: { items: readonly ContentSummary[]; label: string }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} aria-label={label} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.id}>
          <ContentRow item={item} />
        </li>
      ))}
    </Stack>
  );
}

/** Loads the next page when the end of the list scrolls into view, and offers "Meer laden" for the rest. */
export function LoadMore({
  hasMore,
  loading,
  onMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  useSentinel(sentinel, onMore, hasMore && !loading);
  if (!hasMore) return null;
  return (
    <div ref={sentinel} style={{ alignSelf: 'center' }}>
      <Button variant="default" onClick={onMore} loading={loading}>
        {t('content.loadMore')}
      </Button>
    </div>
  );
}
