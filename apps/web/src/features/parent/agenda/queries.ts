import {
  agendaSchema,
  type CreateRequestBody,
  cancelledLinesSchema,
  createdRequestSchema,
  type LocalDate,
  requestLineListSchema,
  requestOptionsSchema,
} from '@nestje/contract';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';

/** Days per agenda page; scrolling further fetches the next page from its `nextFrom`. */
export const AGENDA_PAGE_DAYS = 28;
/** Lines per page of the requests overview; "Meer laden" fetches older ones. */
export const REQUEST_LINES_PAGE_SIZE = 50;

const AGENDA_KEY = ['agenda'] as const;
const REQUESTS_KEY = ['requests', 'mine'] as const;

/** The agenda from today (the server's today when `from` is left out), page by page into the future (P7). */
export function useAgenda() {
  return useInfiniteQuery({
    queryKey: [...AGENDA_KEY, 'days'],
    initialPageParam: null as LocalDate | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ days: String(AGENDA_PAGE_DAYS) });
      if (pageParam) params.set('from', pageParam);
      return api.get(`/agenda?${params}`, agendaSchema, { signal });
    },
    getNextPageParam: (page) => page.nextFrom,
  });
}

/** What each child can get on the dates of a period (P8, B2); only asked for a valid period. */
export function useRequestOptions(period: { from: LocalDate; to: LocalDate } | null) {
  return useQuery({
    queryKey: ['requests', 'options', period?.from, period?.to],
    enabled: period !== null,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ from: period?.from ?? '', to: period?.to ?? '' });
      return api.get(`/requests/options?${params}`, requestOptionsSchema, { signal });
    },
  });
}

/** The guardian's request lines, newest request first, older ones on "Meer laden" (P15). */
export function useRequestLines(enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: [...REQUESTS_KEY, 'lines'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(REQUEST_LINES_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get(`/requests?${params}`, requestLineListSchema, { signal });
    },
    getNextPageParam: (page) => page.nextBefore,
  });
}

/** "Indienen": one request per set of values, however often it is sent (Idempotency-Key). */
export function useCreateRequest() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateRequestBody) => keys.post('/requests', body, createdRequestSchema),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: AGENDA_KEY }),
        queryClient.invalidateQueries({ queryKey: ['requests'] }),
      ]);
    },
  });
}

/** Cancels a line and the other open lines of its child's booking (P12). */
export function useCancelRequestLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lineId: string) => api.post(`/request-lines/${lineId}/cancel`, {}, cancelledLinesSchema),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: AGENDA_KEY }),
        queryClient.invalidateQueries({ queryKey: ['requests'] }),
      ]);
    },
  });
}
