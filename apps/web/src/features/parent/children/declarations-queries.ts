import {
  type ChildDeclarations,
  type ChildDetails,
  childDeclarationsSchema,
  childDetailsSchema,
  type SignDeclarationBody,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const childDeclarationsKey = (childId: string) => ['children', childId, 'declarations'] as const;

/** A child's declarations: per form the current one and whether it must be filled in again; the history. */
export function useChildDeclarations(childId: string) {
  return useQuery({
    queryKey: childDeclarationsKey(childId),
    queryFn: ({ signal }) =>
      api.get(`/children/${childId}/declarations`, childDeclarationsSchema, { signal }),
  });
}

/** Signs one declaration; the answer holds the child's declarations as they are now. */
export function useSignDeclaration(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ formId, ...body }: SignDeclarationBody & { formId: string }) =>
      api.post(`/children/${childId}/declarations/${formId}`, body, childDeclarationsSchema),
    onSuccess: (data: ChildDeclarations) => queryClient.setQueryData(childDeclarationsKey(childId), data),
  });
}

/** The child's mentor and current and upcoming placements. */
export function useChildDetails(childId: string) {
  return useQuery<ChildDetails>({
    queryKey: ['children', childId, 'details'],
    queryFn: ({ signal }) => api.get(`/children/${childId}/details`, childDetailsSchema, { signal }),
  });
}
