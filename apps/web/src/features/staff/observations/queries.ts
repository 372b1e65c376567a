import {
  type CreateObservationBody,
  type CreateObservationFormBody,
  observationFormListSchema,
  observationFormSchema,
  observationSchema,
  type UpdateObservationBody,
  type UpdateObservationFormBody,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';
import { OBSERVATIONS_KEY } from '../../parent/observations/queries.ts';

const FORMS_KEY = ['observation-forms'] as const;

/** The organisation's observation forms (admins also get the inactive ones). */
export function useObservationForms(enabled = true) {
  return useQuery({
    queryKey: FORMS_KEY,
    enabled,
    queryFn: ({ signal }) => api.get('/observation-forms', observationFormListSchema, { signal }),
  });
}

export function useCreateObservationForm() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateObservationFormBody) =>
      keys.post('/observation-forms', body, observationFormSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FORMS_KEY }),
  });
}

export function useUpdateObservationForm(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateObservationFormBody) =>
      api.patch(`/observation-forms/${formId}`, body, observationFormSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FORMS_KEY }),
  });
}

/** Fills in a form for the child; one observation per filled-in form, however often it is sent. */
export function useCreateObservation(childId: string) {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateObservationBody) =>
      keys.post(`/children/${childId}/observations`, body, observationSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OBSERVATIONS_KEY }),
  });
}

export function useUpdateObservation(childId: string, observationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateObservationBody) =>
      api.patch(`/children/${childId}/observations/${observationId}`, body, observationSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OBSERVATIONS_KEY }),
  });
}

export function useShareObservation(childId: string, observationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shared: boolean) =>
      api.put(`/children/${childId}/observations/${observationId}/sharing`, { shared }, observationSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OBSERVATIONS_KEY }),
  });
}
