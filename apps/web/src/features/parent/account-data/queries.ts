import { type OwnGuardian, ownGuardianSchema, type UpdateOwnGuardianBody } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

const ownGuardianKey = ['me', 'guardian'] as const;

/** One's own data as the organisation has it, with the changes waiting for approval. */
export function useOwnGuardian() {
  return useQuery({
    queryKey: ownGuardianKey,
    queryFn: ({ signal }) => api.get('/me/guardian', ownGuardianSchema, { signal }),
  });
}

/** Saves changed fields: the phone number at once, a name or address as a request for approval. */
export function useUpdateOwnGuardian() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOwnGuardianBody) => api.patch('/me/guardian', body, ownGuardianSchema),
    onSuccess: (data: OwnGuardian) => queryClient.setQueryData(ownGuardianKey, data),
  });
}
