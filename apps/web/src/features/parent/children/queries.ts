import { type AnswerConsentBody, type ChildConsents, childConsentsSchema } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const childConsentsKey = (childId: string) => ['children', childId, 'consents'] as const;

/** A child's consents: the items with their current text, each guardian's answer, and the history. */
export function useChildConsents(childId: string) {
  return useQuery({
    queryKey: childConsentsKey(childId),
    queryFn: ({ signal }) => api.get(`/children/${childId}/consents`, childConsentsSchema, { signal }),
  });
}

/** Answers one consent for the child; the answer holds the child's consents as they are now. */
export function useAnswerConsent(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, ...body }: AnswerConsentBody & { itemId: string }) =>
      api.put(`/children/${childId}/consents/${itemId}`, body, childConsentsSchema),
    onSuccess: (data: ChildConsents) => queryClient.setQueryData(childConsentsKey(childId), data),
  });
}
