import { creditListSchema } from '@nestje/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Every query of credits starts with this key; a change of a credit refreshes them all. */
export const CREDITS_KEY = ['credits'] as const;

/**
 * The credits of the guardian's children with their entries (P17); empty when the organisation does not work
 * with credits. Always asked again on showing: requests, their decisions and absences change the balances.
 */
export function useMyCredits(enabled = true) {
  return useQuery({
    queryKey: [...CREDITS_KEY, 'mine'],
    enabled,
    staleTime: 0,
    queryFn: ({ signal }) => api.get('/credits', creditListSchema, { signal }),
  });
}
