import { calendarFeedCreatedSchema, calendarFeedStatusSchema } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

const feedKey = ['calendarFeed'] as const;

/** Whether the guardian has a working calendar address, and since when. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: feedKey,
    queryFn: () => api.get('/calendar-feed', calendarFeedStatusSchema),
  });
}

/** Makes a new address; a previous one stops working at once. The answer holds the address, shown once. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/calendar-feed', {}, calendarFeedCreatedSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/calendar-feed', null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}
