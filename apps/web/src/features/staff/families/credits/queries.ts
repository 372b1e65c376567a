import {
  type CorrectCreditBody,
  creditListSchema,
  creditSchema,
  type GrantCreditBody,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';
import { useIdempotencyKey } from '../../../../lib/idempotency.ts';
import { useCurrentMe } from '../../../account/me-context.ts';
import { CREDITS_KEY } from '../../../parent/credits/queries.ts';

const childCreditsKey = (childId: string) => [...CREDITS_KEY, 'child', childId] as const;

/** A child's credits with their entries (S7); empty when the organisation does not work with credits. */
export function useChildCredits(childId: string) {
  return useQuery({
    queryKey: childCreditsKey(childId),
    staleTime: 0,
    queryFn: ({ signal }) => api.get(`/children/${childId}/credits`, creditListSchema, { signal }),
  });
}

/**
 * Whether the child file shows credits: when the child has some, or, with none yet, when the organisation
 * uses them. Only organisation admins can read the organisation's features; for the child's planners the
 * section shows (to grant the first one) and a refusal `credits.feature_off` says the organisation does not
 * use credits. Null while not known yet.
 */
/** Whether the organisation works with credits (the section is hidden otherwise). */
export function useCreditsShown(): boolean {
  return useCurrentMe().features.credits;
}

/** Grants the child a credit; one credit per filled-in form, however often it is sent (Idempotency-Key). */
export function useGrantCredit(childId: string) {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: GrantCreditBody) => keys.post(`/children/${childId}/credits`, body, creditSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CREDITS_KEY }),
  });
}

/** Adds to or takes from a credit, with a reason. */
export function useCorrectCredit(creditId: string) {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CorrectCreditBody) =>
      keys.post(`/credits/${creditId}/corrections`, body, creditSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CREDITS_KEY }),
  });
}
