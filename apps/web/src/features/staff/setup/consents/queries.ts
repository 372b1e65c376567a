import {
  type CreateConsentItemBody,
  consentItemListSchema,
  consentItemSchema,
  type UpdateConsentItemBody,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';
import { useIdempotencyKey } from '../../../../lib/idempotency.ts';

const consentItemsKey = ['setup', 'consentItems'] as const;

/** The organisation's consent items with their current text (inactive ones too, for admins). */
export function useConsentItems() {
  return useQuery({
    queryKey: consentItemsKey,
    queryFn: async () => (await api.get('/consent-items', consentItemListSchema)).items,
  });
}

export function useCreateConsentItem() {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateConsentItemBody) => creates.post('/consent-items', body, consentItemSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentItemsKey }),
  });
}

export function useUpdateConsentItem(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateConsentItemBody) =>
      api.patch(`/consent-items/${itemId}`, body, consentItemSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentItemsKey }),
  });
}

export function usePublishConsentText(itemId: string) {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: { body: string }) =>
      creates.post(`/consent-items/${itemId}/texts`, body, consentItemSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentItemsKey }),
  });
}
