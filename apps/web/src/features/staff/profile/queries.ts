import { type StaffProfile, staffProfileSchema, type UpdateStaffProfileBody } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

const OWN_KEY = ['staff-profile', 'own'] as const;
const profileKey = (staffMemberId: string) => ['staff-profile', staffMemberId] as const;

/** Beheer → Mijn profiel: the signed-in staff member's own profile. */
export function useOwnProfile() {
  return useQuery({
    queryKey: OWN_KEY,
    queryFn: ({ signal }) => api.get('/staff-profile', staffProfileSchema, { signal }),
  });
}

/** Someone's profile, for organisation admins (and oneself). */
export function useStaffProfile(staffMemberId: string) {
  return useQuery({
    queryKey: profileKey(staffMemberId),
    queryFn: ({ signal }) =>
      api.get(`/staff-members/${staffMemberId}/profile`, staffProfileSchema, { signal }),
  });
}

/** Saves a profile; the answer is the profile as saved. */
export function useUpdateStaffProfile(staffMemberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateStaffProfileBody) =>
      api.put(`/staff-members/${staffMemberId}/profile`, body, staffProfileSchema),
    onSuccess: (saved: StaffProfile) => {
      queryClient.setQueryData(profileKey(staffMemberId), saved);
      void queryClient.invalidateQueries({ queryKey: OWN_KEY });
    },
  });
}
