import { childListSchema } from '@nestje/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { fetchBlob } from '../../../lib/raw-api.ts';

/** The children of the signed-in guardian, with their current and planned placements. */
export function useMyChildren() {
  return useQuery({
    queryKey: ['children', 'mine'],
    queryFn: () => api.get('/children', childListSchema),
  });
}

/** A child's photo, or null when there is none. */
export function useMyChildPhoto(childId: string) {
  return useQuery({
    queryKey: ['children', 'photo', childId, 'mine'],
    queryFn: ({ signal }) => fetchBlob(`/children/${childId}/photo`, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
