import { groupDaySchema, groupListSchema, type LocalDate } from '@nestje/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

const keys = {
  groups: ['groupDay', 'groups'] as const,
  day: (groupId: string, date: LocalDate) => ['groupDay', 'day', groupId, date] as const,
};

/** The groups the account may see, for the group select. */
export function useDayGroups() {
  return useQuery({
    queryKey: keys.groups,
    queryFn: async () => (await api.get('/groups', groupListSchema)).groups,
  });
}

/** Who comes to `groupId` on `date`, who is absent, and the occupancy per day part. */
export function useGroupDay(groupId: string | null, date: LocalDate) {
  return useQuery({
    queryKey: keys.day(groupId ?? '', date),
    queryFn: () => api.get(`/groups/${groupId}/day?date=${date}`, groupDaySchema),
    enabled: groupId !== null,
    placeholderData: keepPreviousData,
  });
}
