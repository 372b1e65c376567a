import { type CreateDiaryEntryBody, diaryEntrySchema } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { refetchBeforeExpiry } from '../../../components/media/media-text.ts';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';

/** Every timeline query (Mijn kind and the groups' timelines) starts with this key. */
export const TIMELINE_KEY = ['timeline'] as const;

const entryKey = (entryId: string) => ['diary', entryId] as const;

/** One diary entry whole (P5); fetched again before its signed media URLs expire. */
export function useDiaryEntry(entryId: string) {
  return useQuery({
    queryKey: entryKey(entryId),
    queryFn: ({ signal }) => api.get(`/diary/${entryId}`, diaryEntrySchema, { signal }),
    staleTime: 60_000,
    refetchInterval: (query) => refetchBeforeExpiry(query.state.data?.media ?? []),
  });
}

/** "Versturen": one entry per set of values, however often it is sent (Idempotency-Key). */
export function useCreateDiaryEntry() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: ({ childId, body }: { childId: string; body: CreateDiaryEntryBody }) =>
      keys.post(`/children/${childId}/diary`, body, diaryEntrySchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: TIMELINE_KEY });
    },
  });
}

/** "Foto's toevoegen" to an entry. */
export function useAddDiaryMedia(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mediaIds: string[]) => api.post(`/diary/${entryId}/media`, { mediaIds }, null),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: entryKey(entryId) }),
        queryClient.invalidateQueries({ queryKey: TIMELINE_KEY }),
      ]);
    },
  });
}
