import { childObservationsSchema, observationSchema, ownObservationsSchema } from '@nestje/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Every query of observations starts with this key; a change of one refreshes them all. */
export const OBSERVATIONS_KEY = ['observations'] as const;

/** The guardian's children with the observations shared with them (Overig → Observaties). */
export function useOwnObservations(enabled = true) {
  return useQuery({
    queryKey: [...OBSERVATIONS_KEY, 'mine'],
    enabled,
    queryFn: ({ signal }) => api.get('/observations', ownObservationsSchema, { signal }),
  });
}

/** A child's observations, newest first (guardians get only the shared ones). */
export function useChildObservations(childId: string, enabled = true) {
  return useQuery({
    queryKey: [...OBSERVATIONS_KEY, 'child', childId],
    enabled,
    queryFn: ({ signal }) =>
      api.get(`/children/${childId}/observations`, childObservationsSchema, { signal }),
  });
}

/** One observation with the fields of its version and the values. */
export function useObservation(childId: string, observationId: string | null) {
  return useQuery({
    queryKey: [...OBSERVATIONS_KEY, 'child', childId, observationId],
    enabled: observationId !== null,
    queryFn: ({ signal }) =>
      api.get(`/children/${childId}/observations/${observationId}`, observationSchema, { signal }),
  });
}
