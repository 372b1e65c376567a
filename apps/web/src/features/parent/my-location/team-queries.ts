import { myLocationsSchema, teamMemberSchema, teamSchema } from '@nestje/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Mijn locatie: the locations of the children's placements today, with contact details and groups. */
export function useMyLocations() {
  return useQuery({
    queryKey: ['my-locations'],
    queryFn: ({ signal }) => api.get('/my-locations', myLocationsSchema, { signal }),
  });
}

/** Ons team: the staff of the children's groups, with photo. */
export function useTeam() {
  return useQuery({
    queryKey: ['team'],
    queryFn: ({ signal }) => api.get('/team', teamSchema, { signal }),
  });
}

/** More about one person of Ons team. */
export function useTeamMember(staffMemberId: string) {
  return useQuery({
    queryKey: ['team', staffMemberId],
    queryFn: ({ signal }) => api.get(`/team/${staffMemberId}`, teamMemberSchema, { signal }),
  });
}
