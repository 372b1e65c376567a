import { groupListSchema } from '@nestje/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { workingGroups } from '../timeline/groups.ts';

/** The groups the staff member works in (the same narrowing as the timeline's). */
export function useMessageGroups() {
  const grants = useCurrentMe().account.roles;
  return useQuery({
    queryKey: ['messages', 'groups'],
    queryFn: async ({ signal }) => (await api.get('/groups', groupListSchema, { signal })).groups,
    select: (groups) => workingGroups(groups, grants),
  });
}
