import {
  type CreateStaffMemberBody,
  type InvitationStatus,
  staffMemberListSchema,
  staffMemberSchema,
  type UpdateStaffMemberBody,
} from '@nestje/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';
import { useIdempotencyKey } from '../../../../lib/idempotency.ts';
import { queryString } from '../queries.ts';

export const staffKeys = { all: ['setup', 'staffMembers'] as const };

export function useStaffMembers(filter: { search: string; status: InvitationStatus | null }) {
  return useQuery({
    queryKey: [...staffKeys.all, 'list', filter],
    queryFn: async () =>
      (
        await api.get(
          `/staff-members${queryString({ search: filter.search, status: filter.status })}`,
          staffMemberListSchema,
        )
      ).staffMembers,
    placeholderData: keepPreviousData,
  });
}

export function useStaffMember(staffMemberId: string) {
  return useQuery({
    queryKey: [...staffKeys.all, 'one', staffMemberId],
    queryFn: () => api.get(`/staff-members/${staffMemberId}`, staffMemberSchema),
  });
}

/** Every change to a staff member shows in the list and on its page; the server's answer is not needed. */
function useStaffMutation<V, R>(request: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}

/** Creates the staff member and its account; the server sends the activation mail at once. */
export function useInviteStaffMember() {
  const creates = useIdempotencyKey();
  return useStaffMutation((body: CreateStaffMemberBody) =>
    creates.post('/staff-members', body, staffMemberSchema),
  );
}

export function useUpdateStaffMember(staffMemberId: string) {
  return useStaffMutation((body: UpdateStaffMemberBody) =>
    api.patch(`/staff-members/${staffMemberId}`, body, staffMemberSchema),
  );
}

export type StaffAction = 'deactivate' | 'reactivate' | 'invitation';

/** Deactivate (every session ends at once), reactivate, or send the invitation again. */
export function useStaffAction(staffMemberId: string) {
  return useStaffMutation((action: StaffAction) =>
    api.post(`/staff-members/${staffMemberId}/${action}`, {}, null),
  );
}
