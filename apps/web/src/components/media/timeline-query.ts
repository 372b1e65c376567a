import { type Timeline, type TimelineItem, timelineSchema } from '@nestje/contract';
import { type InfiniteData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { refetchBeforeExpiry } from './media-text.ts';

/** Items per page of a timeline. */
export const TIMELINE_PAGE_SIZE = 20;

function mediaOf(item: TimelineItem) {
  return item.kind === 'post' ? item.post.photos.map((photo) => photo.media) : item.entry.media;
}

/** When to fetch a timeline again: before the first of its signed media URLs expires. */
export function timelineRefetchInterval(data: InfiniteData<Timeline> | undefined): number | false {
  const media = data?.pages.flatMap((page) => page.items.flatMap(mediaOf)) ?? [];
  return refetchBeforeExpiry(media);
}

/**
 * A timeline (`/timeline` or a group's), page by page into the past with keyset `before`. Its media URLs are
 * signed and expire, so it is fetched again before they do (and is never stale for longer than that).
 */
export function useTimelineQuery(queryKey: readonly unknown[], path: string, enabled = true) {
  return useInfiniteQuery({
    queryKey,
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(TIMELINE_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get(`${path}?${params}`, timelineSchema, { signal });
    },
    getNextPageParam: (page) => page.nextBefore,
    staleTime: 60_000,
    refetchInterval: (query) => timelineRefetchInterval(query.state.data),
  });
}
