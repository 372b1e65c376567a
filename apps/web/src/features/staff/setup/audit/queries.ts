import { auditListSchema } from '@nestje/contract';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';
import { queryString } from '../queries.ts';

export interface AuditFilter {
  /** Actions starting with this, e.g. `staffMember.`. */
  action: string | null;
  /** Part of the actor's name or e-mail address. */
  actor: string;
  from: string;
  to: string;
}

/** Lines per page; "Meer laden" fetches the next, older page. */
export const AUDIT_PAGE_SIZE = 50;

export function useAuditEvents(filter: AuditFilter, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: ['setup', 'audit', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get(
        `/audit-events${queryString({
          action: filter.action,
          actor: filter.actor,
          from: filter.from,
          to: filter.to,
          cursor: pageParam,
          limit: String(AUDIT_PAGE_SIZE),
        })}`,
        auditListSchema,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}
