import {
  type CreateThreadBody,
  messageRecipientsSchema,
  messageSchema,
  type PostMessageBody,
  type Thread,
  threadListSchema,
  threadSchema,
  threadSummarySchema,
  unreadCountsSchema,
} from '@nestje/contract';
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { refetchBeforeExpiry } from '../../../components/media/media-text.ts';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';

/** Every messages query starts with this key. */
export const MESSAGES_KEY = ['messages'] as const;
const UNREAD_KEY = [...MESSAGES_KEY, 'unread'] as const;
const LISTS_KEY = [...MESSAGES_KEY, 'threads'] as const;
const threadKey = (threadId: string) => [...MESSAGES_KEY, 'thread', threadId] as const;
/** What the app needs of a created thread or message: where it is. */
const createdThreadSchema = threadSummarySchema.pick({ id: true });
const createdMessageSchema = messageSchema.pick({ id: true, threadId: true });

/** Threads per page of a list. */
export const THREAD_PAGE_SIZE = 20;
/**
 * How often the unread count and the lists are fetched anew without a live event: live updates (GET /events)
 * refresh them as messages come; this slow poll only covers a browser the events cannot reach.
 */
export const UNREAD_REFETCH_MS = 5 * 60_000;
/**
 * A live 'messages' event: something was sent in, or read from, the thread. The unread counts, the lists and the
 * thread (when it is shown) are fetched anew. Reading a thread sends that event only when it read something new,
 * so the refetch of a thread just opened here ends it.
 */
export function refreshThreadLive(queryClient: QueryClient, threadId: string): void {
  void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
  void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
  void queryClient.invalidateQueries({ queryKey: threadKey(threadId) });
}

/** Events may have been missed (the live stream was broken): the unread counts and the lists are fetched anew. */
export function refreshMessagesLive(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
  void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
}

/**
 * A list of threads, newest activity first, page by page with keyset `before`: `/threads` (a guardian's) or
 * `/groups/:groupId/threads` (a group's inbox for its staff).
 */
export function useThreadList(path: string | null) {
  return useInfiniteQuery({
    queryKey: [...LISTS_KEY, path ?? ''],
    enabled: path !== null,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(THREAD_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get(`${path}?${params}`, threadListSchema, { signal });
    },
    getNextPageParam: (page) => page.nextBefore,
    refetchInterval: UNREAD_REFETCH_MS,
  });
}

function attachmentsOf(thread: Thread | undefined) {
  return thread?.messages.flatMap((message) => message.attachments) ?? [];
}

/**
 * One thread whole, oldest message first. Reading it marks it read, so the unread count and the lists are
 * fetched anew after it arrives; it is fetched again before the signed photo URLs expire.
 */
export function useThread(threadId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: threadKey(threadId),
    queryFn: async ({ signal }) => {
      const thread = await api.get(`/threads/${threadId}`, threadSchema, { signal });
      void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
      void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
      return thread;
    },
    refetchInterval: (query) => refetchBeforeExpiry(attachmentsOf(query.state.data)),
  });
}

/** The account's unread messages, in all and per group; kept current by live events (see `refreshThreadLive`). */
export function useUnreadMessages(enabled = true) {
  return useQuery({
    queryKey: UNREAD_KEY,
    enabled,
    queryFn: ({ signal }) => api.get('/messages/unread', unreadCountsSchema, { signal }),
    refetchInterval: UNREAD_REFETCH_MS,
  });
}

/** Whom the account may write to: per child, its current groups. */
export function useRecipients() {
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'recipients'],
    queryFn: async ({ signal }) =>
      (await api.get('/messages/recipients', messageRecipientsSchema, { signal })).children,
  });
}

/** "Bericht schrijven": one thread per set of values, however often it is sent (Idempotency-Key). */
export function useCreateThread() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateThreadBody) => keys.post('/threads', body, createdThreadSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: MESSAGES_KEY });
    },
  });
}

/** An answer in a thread, sent once however often the button is pressed (Idempotency-Key). */
export function usePostMessage(threadId: string) {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: PostMessageBody) =>
      keys.post(`/threads/${threadId}/messages`, body, createdMessageSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: MESSAGES_KEY });
    },
  });
}
