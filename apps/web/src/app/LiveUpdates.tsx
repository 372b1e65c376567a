import type { LiveEvent } from '@nestje/contract';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useMe } from '../features/account/queries.ts';
import { NOTIFICATIONS_KEY } from '../features/notifications/queries.ts';
import { refreshMessagesLive, refreshThreadLive } from '../features/parent/messages/queries.ts';
import { connectLive } from '../lib/live.ts';

/** What a live event refreshes in this tab. */
export function applyLiveEvent(queryClient: QueryClient, event: LiveEvent): void {
  switch (event.type) {
    case 'messages':
      refreshThreadLive(queryClient, event.threadId);
      return;
    case 'notifications':
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      // A new message comes with a notification, and after the server lost its own connection to the database
      // this is the one event it sends to say "refetch": the message badge follows too.
      refreshMessagesLive(queryClient);
      return;
  }
}

/** After a break in the stream: everything live events keep current is fetched anew. */
export function refreshAfterBreak(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  refreshMessagesLive(queryClient);
}

/**
 * One live stream per tab while an account is signed in, for the tab's active account; switching accounts
 * opens a new one and signing out closes it.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const accountId = useMe().data?.account.id ?? null;
  useEffect(() => {
    if (!accountId) return;
    return connectLive(accountId, {
      onEvent: (event) => applyLiveEvent(queryClient, event),
      onReconnect: () => refreshAfterBreak(queryClient),
    });
  }, [accountId, queryClient]);
  return null;
}
