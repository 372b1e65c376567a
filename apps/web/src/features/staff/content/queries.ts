import {
  type ContentBody,
  type ContentKind,
  contentAudienceOptionsSchema,
  staffContentItemSchema,
  staffContentListSchema,
} from '@nestje/contract';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { refetchBeforeExpiry } from '../../../components/media/media-text.ts';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';

/** Every staff content query starts with this key; the parent portal's own lists start with `content`. */
export const STAFF_CONTENT_KEY = ['staff-content'] as const;
const LISTS_KEY = [...STAFF_CONTENT_KEY, 'list'] as const;
const itemKey = (contentId: string) => [...STAFF_CONTENT_KEY, 'item', contentId] as const;
const savedSchema = staffContentItemSchema.pick({ id: true, kind: true, status: true });

/** Items per page of the list. */
export const STAFF_CONTENT_PAGE_SIZE = 25;

/** Every item of a kind within the account's scope, drafts and scheduled ones included, newest first. */
export function useStaffContentList(kind: ContentKind) {
  return useInfiniteQuery({
    queryKey: [...LISTS_KEY, kind],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ kind, limit: String(STAFF_CONTENT_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get(`/staff/content?${params}`, staffContentListSchema, { signal });
    },
    getNextPageParam: (page) => page.nextBefore,
  });
}

/** One item with everything to edit it; fetched again before its signed media URLs expire. */
export function useStaffContentItem(contentId: string) {
  return useQuery({
    queryKey: itemKey(contentId),
    queryFn: ({ signal }) => api.get(`/staff/content/${contentId}`, staffContentItemSchema, { signal }),
    refetchInterval: (query) => {
      const item = query.state.data;
      return refetchBeforeExpiry(item ? [...item.images, ...item.attachments] : []);
    },
  });
}

/** The audiences the account may write to. */
export function useAudienceOptions() {
  return useQuery({
    queryKey: [...STAFF_CONTENT_KEY, 'audiences'],
    queryFn: ({ signal }) => api.get('/staff/content/audiences', contentAudienceOptionsSchema, { signal }),
  });
}

/** Lists of staff and parents (an item shown on this device too) are fetched anew after a change. */
function useInvalidateContent() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: STAFF_CONTENT_KEY });
    await queryClient.invalidateQueries({ queryKey: ['content'] });
  };
}

/** A new item, created once however often the button is pressed (Idempotency-Key). */
export function useCreateContent() {
  const keys = useIdempotencyKey();
  const invalidate = useInvalidateContent();
  return useMutation({
    mutationFn: (body: ContentBody) => keys.post('/staff/content', body, savedSchema),
    onSuccess: invalidate,
  });
}

/** An item changed: the whole item is sent again. */
export function useUpdateContent(contentId: string) {
  const invalidate = useInvalidateContent();
  return useMutation({
    mutationFn: (body: ContentBody) => api.put(`/staff/content/${contentId}`, body, savedSchema),
    onSuccess: invalidate,
  });
}

/** An item removed for everyone. */
export function useRemoveContent(contentId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateContent();
  return useMutation({
    mutationFn: () => api.delete(`/staff/content/${contentId}`, null),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: itemKey(contentId) });
      await invalidate();
    },
  });
}
