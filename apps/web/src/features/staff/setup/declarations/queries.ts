import { type DeclarationFormBody, declarationFormListSchema, declarationFormSchema } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';
import { useIdempotencyKey } from '../../../../lib/idempotency.ts';

const formsKey = ['setup', 'declarationForms'] as const;

/** The organisation's declaration forms with their current version (inactive ones too, for admins). */
export function useDeclarationForms() {
  return useQuery({
    queryKey: formsKey,
    queryFn: async () => (await api.get('/declaration-forms', declarationFormListSchema)).forms,
  });
}

export function useCreateDeclarationForm() {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: DeclarationFormBody) =>
      creates.post('/declaration-forms', body, declarationFormSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formsKey }),
  });
}

/** Saves an edited form as a new version. */
export function usePublishDeclarationVersion(formId: string) {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: DeclarationFormBody) =>
      creates.post(`/declaration-forms/${formId}/versions`, body, declarationFormSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formsKey }),
  });
}

export function useSetDeclarationFormActive(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (active: boolean) =>
      api.patch(`/declaration-forms/${formId}`, { active }, declarationFormSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formsKey }),
  });
}
