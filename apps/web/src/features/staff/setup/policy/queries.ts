import { planningPolicySchema, type UpdatePlanningPolicyBody } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';

const policyKey = ['setup', 'planningPolicy'] as const;

/** The organisation's planning policy, the overrides per group kind and the effective policy per kind. */
export function usePlanningPolicy() {
  return useQuery({ queryKey: policyKey, queryFn: () => api.get('/planning-policy', planningPolicySchema) });
}

export function useUpdatePlanningPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePlanningPolicyBody) => api.put('/planning-policy', body, planningPolicySchema),
    onSuccess: (policy) => queryClient.setQueryData(policyKey, policy),
  });
}
