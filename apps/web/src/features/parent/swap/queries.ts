import {
  type CreateSwapBody,
  createdRequestSchema,
  type LocalDate,
  swapOptionsSchema,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';

/** Per child the planned day parts of a date that can be given up, and the swap rules (P13). */
export function useSwapOptions(date: LocalDate | null) {
  return useQuery({
    queryKey: ['swaps', 'options', date],
    enabled: date !== null,
    queryFn: ({ signal }) =>
      api.get(`/swaps/options?${new URLSearchParams({ date: date ?? '' })}`, swapOptionsSchema, { signal }),
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
