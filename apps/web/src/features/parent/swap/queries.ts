import {
  type CreateSwapBody,
  createdRequestSchema,
  type LocalDate,
  swapOptionsSchema,
} from '@nestje/contract';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';

/** The swap options of every date of a period (the endpoint answers one date). */
export function useSwapOptionsOfDates(dates: readonly LocalDate[]) {
  return useQueries({
    queries: dates.map((date) => ({
      queryKey: ['swaps', 'options', date],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get(`/swaps/options?${new URLSearchParams({ date })}`, swapOptionsSchema, { signal }),
    })),
  });
}

/** "Indienen": one swap request per set of values, however often it is sent (Idempotency-Key). */
export function useCreateSwap() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateSwapBody) => keys.post('/swaps', body, createdRequestSchema),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['agenda'] }),
        queryClient.invalidateQueries({ queryKey: ['requests'] }),
        queryClient.invalidateQueries({ queryKey: ['swaps'] }),
      ]);
    },
  });
}
