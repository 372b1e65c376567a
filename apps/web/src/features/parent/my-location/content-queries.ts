import {
  type ContentKind,
  type ContentSummary,
  contentItemSchema,
  contentListSchema,
  type MediaView,
} from '@nestje/contract';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { refetchBeforeExpiry } from '../../../components/media/media-text.ts';
import { api } from '../../../lib/api.ts';

/** Every content query of the parent portal starts with this key. */
export const CONTENT_KEY = ['content'] as const;

/** How many items a section of Mijn locatie shows before "Alle bekijken". */
export const SECTION_SIZE = 3;
/** Items per page of "Alle bekijken". */
export const CONTENT_PAGE_SIZE = 20;

function listPath(kind: ContentKind, limit: number, before?: string | null): string {
  const params = new URLSearchParams({ kind, limit: String(limit) });
  if (before) params.set('before', before);
  return `/content?${params}`;
}

/** The thumbnails of a list: their signed URLs expire, so the list is fetched again before they do. */
function thumbnailsOf(items: readonly ContentSummary[] | undefined): MediaView[] {
  return (items ?? []).flatMap((item) => (item.image ? [item.image] : []));
}

/**
 * The most recent items of a kind for a section of Mijn locatie (information pages: all of them, in their set
 * order). The answer says whether there are more (`nextBefore`), which decides "Alle bekijken".
 */
export function useContentSection(kind: ContentKind, limit = SECTION_SIZE) {
  return useQuery({
    queryKey: [...CONTENT_KEY, 'section', kind, limit],
    queryFn: ({ signal }) => api.get(listPath(kind, limit), contentListSchema, { signal }),
    refetchInterval: (query) => refetchBeforeExpiry(thumbnailsOf(query.state.data?.items)),
  });
}

/** "Alle bekijken": every item of a kind, newest first, page by page with keyset `before`. */
export function useContentPages(kind: ContentKind) {
  return useInfiniteQuery({
    queryKey: [...CONTENT_KEY, 'all', kind],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get(listPath(kind, CONTENT_PAGE_SIZE, pageParam), contentListSchema, { signal }),
    getNextPageParam: (page) => page.nextBefore,
    refetchInterval: (query) =>
      refetchBeforeExpiry(thumbnailsOf(query.state.data?.pages.flatMap((page) => page.items))),
  });
}

/** One item in full; fetched again before its signed image and download URLs expire. */
export function useContentItem(contentId: string) {
  return useQuery({
    queryKey: [...CONTENT_KEY, 'item', contentId],
    queryFn: ({ signal }) => api.get(`/content/${contentId}`, contentItemSchema, { signal }),
    refetchInterval: (query) => {
      const item = query.state.data;
      return refetchBeforeExpiry(item ? [...item.images, ...item.attachments] : []);
    },
  });
}
