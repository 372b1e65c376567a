import { devMailboxSchema } from '@nestje/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export const devMailboxQueryKey = ['dev', 'mailbox'] as const;

/** The mails the server kept instead of sending them (404 in production). */
export function useDevMailbox(refetchInterval: number | false = false) {
  return useQuery({
    queryKey: devMailboxQueryKey,
    queryFn: () => api.get('/dev/mailbox', devMailboxSchema, { accountId: null }),
    retry: false,
    refetchInterval,
    select: (data) => [...data.mails].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
  });
}
