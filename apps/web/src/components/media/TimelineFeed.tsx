import { Button, Group, Stack, Text } from '@mantine/core';
import type { DiaryEntry, Timeline } from '@nestje/contract';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSentinel } from '../../lib/use-sentinel.ts';
import { ErrorView, Loading } from '../QueryResult.tsx';
import { DiaryCard, PostCard } from './TimelineCards.tsx';

interface TimelineFeedProps {
  query: UseInfiniteQueryResult<InfiniteData<Timeline>>;
  /** Where a diary entry opens whole. */
  entryHref: (entry: DiaryEntry) => string;
  label: string;
  emptyText: string;
}

/** The posts and diary entries of a timeline, newest first; older ones load as the end scrolls into view. */
export function TimelineFeed({ query, entryHref, label, emptyText }: TimelineFeedProps) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  useSentinel(sentinel, loadMore, query.isSuccess && hasNextPage && !isFetchingNextPage);

  if (query.isPending) return <Loading />;
  if (query.isError && !query.data)
    return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md" component="section" aria-label={label}>
      {items.length === 0 && <Text c="dimmed">{emptyText}</Text>}
      {items.map((item) =>
        item.kind === 'post' ? (
          <PostCard key={`post-${item.post.id}`} post={item.post} />
        ) : (
          <DiaryCard key={`diary-${item.entry.id}`} entry={item.entry} href={entryHref(item.entry)} />
        ),
      )}
      {query.isFetchNextPageError && <ErrorView error={query.error} onRetry={loadMore} />}
      <div ref={sentinel} />
      {hasNextPage && (
        <Group justify="center" py="md">
          <Button variant="subtle" onClick={loadMore} loading={isFetchingNextPage}>
            {t('timeline.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
