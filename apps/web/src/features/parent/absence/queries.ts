import {
  absenceLineListSchema,
  absenceOptionsSchema,
  type CreateAbsenceBody,
  cancelledAbsenceSchema,
  createdAbsenceSchema,
  type LocalDate,
} from '@nestje/contract';
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';

/** Absence lines per page of the overview; "Meer laden" fetches older ones. */
export const ABSENCE_LINES_PAGE_SIZE = 50;

const ABSENCES_KEY = ['absences'] as const;

/** What an absence changes: the agenda, the absences, the credits and what requests can be paid with. */
async function invalidateAfterAbsence(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['agenda'] }),
    queryClient.invalidateQueries({ queryKey: ABSENCES_KEY }),
    queryClient.invalidateQueries({ queryKey: ['credits'] }),
    queryClient.invalidateQueries({ queryKey: ['requests', 'options'] }),
  ]);
}

/** The planned day parts of the children in a period (P14); only asked for a valid period. */
export function useAbsenceOptions(period: { from: LocalDate; to: LocalDate } | null) {
  return useQuery({
    queryKey: [...ABSENCES_KEY, 'options', period?.from, period?.to],
    enabled: period !== null,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ from: period?.from ?? '', to: period?.to ?? '' });
      return api.get(`/absences/options?${params}`, absenceOptionsSchema, { signal });
    },
  });
}

/** The children's absence lines, newest first, older ones on "Meer laden" (P15). */
export function useAbsenceLines(enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: [...ABSENCES_KEY, 'mine', 'lines'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(ABSENCE_LINES_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get(`/absences?${params}`, absenceLineListSchema, { signal });
    },
    getNextPageParam: (page) => page.nextBefore,
  });
}

/** "Doorgeven": one absence per set of values, however often it is sent (Idempotency-Key). */
export function useCreateAbsence() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateAbsenceBody) => keys.post('/absences', body, createdAbsenceSchema),
    onSuccess: () => invalidateAfterAbsence(queryClient),
  });
}

/** Cancels one absence line (its credit is taken back). */
export function useCancelAbsenceLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lineId: string) => api.post(`/absence-lines/${lineId}/cancel`, {}, cancelledAbsenceSchema),
    onSuccess: () => invalidateAfterAbsence(queryClient),
  });
}
