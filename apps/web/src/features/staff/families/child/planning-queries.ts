import { childCareDaysSchema, type LocalDate } from '@nestje/contract';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';

/** Days per page of the child's planning: four weeks, and "Meer" fetches four more. */
export const PLANNING_PAGE_DAYS = 28;

/** The child's planned care days from today (the server's today), page by page into the future (S7). */
export function useChildCareDays(childId: string) {
  return useInfiniteQuery({
    queryKey: ['children', 'care-days', childId],
    initialPageParam: null as LocalDate | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ days: String(PLANNING_PAGE_DAYS) });
      if (pageParam) params.set('from', pageParam);
      return api.get(`/children/${childId}/care-days?${params}`, childCareDaysSchema, { signal });
    },
    getNextPageParam: (page) => page.nextFrom,
  });
}
