import {
  type MarkNotificationsReadBody,
  type NotificationPreferences,
  notificationListSchema,
  notificationPreferencesSchema,
  notificationUnreadSchema,
  type UpdateNotificationPreferenceBody,
} from '@nestje/contract';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/**
 * Every notification query starts with this key: a live 'notifications' event invalidates it, so the list and
 * the badge update while the app is open.
 */
export const NOTIFICATIONS_KEY = ['notifications'] as const;
const UNREAD_KEY = [...NOTIFICATIONS_KEY, 'unread'] as const;
const LIST_KEY = [...NOTIFICATIONS_KEY, 'list'] as const;
export const PREFERENCES_KEY = [...NOTIFICATIONS_KEY, 'preferences'] as const;

/** Notifications per page of the list. */
export const NOTIFICATION_PAGE_SIZE = 20;
/** The badge is also fetched now and then, for when live updates cannot reach the browser. */
export const UNREAD_REFETCH_MS = 60_000;

/** The account's notifications, newest first, page by page with keyset `before`. */
export function useNotificationList() {
  return useInfiniteQuery({
    queryKey: LIST_KEY,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(NOTIFICATION_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get(`/notifications?${params}`, notificationListSchema, { signal });
    },
    getNextPageParam: (page) => page.nextBefore,
  });
}

/** The number of unread notifications, for the bell. */
export function useUnreadNotifications() {
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: ({ signal }) => api.get('/notifications/unread', notificationUnreadSchema, { signal }),
    refetchInterval: UNREAD_REFETCH_MS,
  });
}

/** Marks the given notifications read, or all of them without `ids`; then the list and badge are fetched anew. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkNotificationsReadBody) => api.post('/notifications/read', body, null),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  });
}

/** The e-mail and push switches per category. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: ({ signal }) => api.get('/notifications/preferences', notificationPreferencesSchema, { signal }),
  });
}

function withSwitch(
  data: NotificationPreferences | undefined,
  { category, channel, enabled }: UpdateNotificationPreferenceBody,
): NotificationPreferences | undefined {
  if (!data) return data;
  return {
    preferences: data.preferences.map((preference) =>
      preference.category === category ? { ...preference, [channel]: enabled } : preference,
    ),
  };
}

/**
 * Saves one switch as it is flipped. The switch moves at once; when saving fails it moves back (the page tells
 * why), and afterwards the server's state is fetched, so the page never shows what is not stored.
 */
export function useUpdatePreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferenceBody) => api.put('/notifications/preferences', body, null),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: PREFERENCES_KEY });
      queryClient.setQueryData<NotificationPreferences | undefined>(PREFERENCES_KEY, (data) =>
        withSwitch(data, body),
      );
    },
    onError: (_error, body) => {
      // Only this switch moves back: another one flipped meanwhile keeps its own outcome.
      queryClient.setQueryData<NotificationPreferences | undefined>(PREFERENCES_KEY, (data) =>
        withSwitch(data, { ...body, enabled: !body.enabled }),
      );
    },
    // Not awaited: the page says at once when saving failed, without waiting for the switches to load again.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: PREFERENCES_KEY });
    },
  });
}
