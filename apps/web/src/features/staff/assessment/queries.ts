import { assessmentQueueSchema, type DecisionsBody, decisionResultsSchema } from '@nestje/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Every query of this feature starts with this key, so a decision can refresh the whole queue. */
const keys = {
  all: ['assessment'] as const,
  queue: (filters: QueueFilters) => ['assessment', 'queue', filters] as const,
};

export interface QueueFilters {
  /** '' for every location the planner works at. */
  locationId: string;
  /** `YYYY-MM-DD` or '' for no bound. */
  from: string;
  to: string;
}

/** The pending lines the planner may assess, with the filters applied. */
export function useAssessmentQueue(filters: QueueFilters, enabled = true) {
  const query = new URLSearchParams();
  if (filters.locationId) query.set('locationId', filters.locationId);
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  const search = query.size > 0 ? `?${query}` : '';
  return useQuery({
    queryKey: keys.queue(filters),
    queryFn: () => api.get(`/assessment${search}`, assessmentQueueSchema),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/**
 * Approves or rejects lines; each is decided on its own, so the answer says per line whether it went
 * through. The queue refreshes afterwards, whatever the answer (some lines may have been decided).
 */
export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionsBody) => api.post('/assessment/decisions', body, decisionResultsSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
