import {
  type CreateChildInput,
  type CreatePlacementInput,
  careProductListSchema,
  childFileSchema,
  type GuardianLinkInput,
  groupListSchema,
  guardianFileSchema,
  guardianSearchResultSchema,
  locationListSchema,
  staffChildListSchema,
  staffMemberListSchema,
  type UpdateChildBody,
  type UpdateGuardianBody,
  type UpdatePlacementBody,
} from '@nestje/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';
import { fetchBlob, sendRaw } from '../../../lib/raw-api.ts';

/** Every query of this feature starts with one of these keys, so a change can refresh what it touches. */
const keys = {
  children: ['children'] as const,
  childList: (filters: ChildListFilters) => ['children', 'list', filters] as const,
  childFile: (childId: string) => ['children', 'file', childId] as const,
  photo: (childId: string, version: string | null) => ['children', 'photo', childId, version] as const,
  guardians: ['guardians'] as const,
  guardian: (guardianId: string) => ['guardians', 'file', guardianId] as const,
  guardianSearch: (search: string) => ['guardians', 'search', search] as const,
};

export interface ChildListFilters {
  search: string;
  locationId: string;
  offset: number;
  limit: number;
}

/** One page of the staff's child list with the filters applied. */
export function useChildList(filters: ChildListFilters) {
  const query = new URLSearchParams({ limit: String(filters.limit), offset: String(filters.offset) });
  if (filters.search.trim()) query.set('search', filters.search.trim());
  if (filters.locationId) query.set('locationId', filters.locationId);
  return useQuery({
    queryKey: keys.childList(filters),
    queryFn: () => api.get(`/children?${query}`, staffChildListSchema),
    placeholderData: keepPreviousData,
  });
}

export function useChildFile(childId: string) {
  return useQuery({
    queryKey: keys.childFile(childId),
    queryFn: () => api.get(`/children/${childId}/file`, childFileSchema),
  });
}

/** The child's photo as an object URL, or null without one; `version` (its change time) refreshes it. */
export function useChildPhoto(childId: string, version: string | null, enabled = true) {
  return useQuery({
    queryKey: keys.photo(childId, version),
    queryFn: ({ signal }) => fetchBlob(`/children/${childId}/photo`, signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Locations the staff member works at (for the location filter and selects). */
export function useLocations() {
  return useQuery({
    queryKey: ['locations'],
    queryFn: () => api.get('/locations', locationListSchema),
    staleTime: 5 * 60_000,
    // Several selects share this list; a refusal is shown, not asked again by each one.
    retryOnMount: false,
  });
}

export function useGroups(locationId: string) {
  return useQuery({
    queryKey: ['groups', locationId],
    queryFn: () => api.get(`/groups?locationId=${locationId}`, groupListSchema),
    enabled: locationId !== '',
    staleTime: 5 * 60_000,
    retryOnMount: false,
  });
}

/** The active contract products a group offers (placements use contract products only). */
export function useContractProducts(groupId: string) {
  return useQuery({
    queryKey: ['care-products', groupId],
    queryFn: () => api.get(`/care-products?groupId=${groupId}&active=true`, careProductListSchema),
    enabled: groupId !== '',
    staleTime: 5 * 60_000,
    retryOnMount: false,
    select: (data) => data.careProducts.filter((product) => product.usage === 'contract' && product.active),
  });
}

/** Active staff members, to choose a mentor from. */
export function useMentors() {
  return useQuery({
    queryKey: ['staff-members'],
    queryFn: () => api.get('/staff-members', staffMemberListSchema),
    staleTime: 5 * 60_000,
    retry: false,
    retryOnMount: false,
    select: (data) => data.staffMembers.filter((member) => member.active),
  });
}

export function useGuardianSearch(search: string) {
  const trimmed = search.trim();
  return useQuery({
    queryKey: keys.guardianSearch(trimmed),
    queryFn: () =>
      api.get(`/guardians?${new URLSearchParams({ search: trimmed })}`, guardianSearchResultSchema),
    enabled: trimmed.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Looks a guardian up by e-mail address (after a 409 `taken`), to offer linking them instead. */
export async function findGuardianByEmail(email: string) {
  const result = await api.get(
    `/guardians?${new URLSearchParams({ search: email.trim() })}`,
    guardianSearchResultSchema,
  );
  return result.guardians.find((g) => g.email.toLowerCase() === email.trim().toLowerCase()) ?? null;
}

export function useGuardianFile(guardianId: string) {
  return useQuery({
    queryKey: keys.guardian(guardianId),
    queryFn: () => api.get(`/guardians/${guardianId}`, guardianFileSchema),
  });
}

/**
 * Mutations that change a child refresh every child query (list, file) and the guardians', so their answers
 * (a PATCH's, for one) are not needed.
 */
function useChildMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.children });
      await queryClient.invalidateQueries({ queryKey: keys.guardians });
    },
  });
}

export function useCreateChild() {
  const creates = useIdempotencyKey();
  return useChildMutation((body: CreateChildInput) => creates.post('/children', body, childFileSchema));
}

export function useUpdateChild(childId: string) {
  return useChildMutation((body: UpdateChildBody) => api.patch(`/children/${childId}`, body, null));
}

export function useUploadPhoto(childId: string) {
  return useChildMutation((file: File) =>
    sendRaw('PUT', `/children/${childId}/photo`, file, file.type || 'application/octet-stream', null),
  );
}

export function useDeletePhoto(childId: string) {
  return useChildMutation(() => api.delete(`/children/${childId}/photo`, null));
}

export function useLinkGuardian(childId: string) {
  const creates = useIdempotencyKey();
  return useChildMutation((body: GuardianLinkInput) =>
    creates.post(`/children/${childId}/guardians`, body, null),
  );
}

export function useSetParentalAuthority(childId: string) {
  return useChildMutation(
    ({ guardianId, parentalAuthority }: { guardianId: string; parentalAuthority: boolean }) =>
      api.patch(`/children/${childId}/guardians/${guardianId}`, { parentalAuthority }, null),
  );
}

export function useUnlinkGuardian(childId: string) {
  return useChildMutation((guardianId: string) =>
    api.delete(`/children/${childId}/guardians/${guardianId}`, null),
  );
}

export function useUpdateGuardian(guardianId: string) {
  return useChildMutation((body: UpdateGuardianBody) => api.patch(`/guardians/${guardianId}`, body, null));
}

/** Sends the activation mail again (a new link; the old one stops working). */
export function useResendInvitation() {
  return useChildMutation((guardianId: string) => api.post(`/guardians/${guardianId}/invitation`, {}, null));
}

export function useCreatePlacement(childId: string) {
  const creates = useIdempotencyKey();
  return useChildMutation((body: CreatePlacementInput) =>
    creates.post(`/children/${childId}/placements`, body, null),
  );
}

export function useUpdatePlacement(childId: string) {
  return useChildMutation(({ placementId, body }: { placementId: string; body: UpdatePlacementBody }) =>
    api.patch(`/children/${childId}/placements/${placementId}`, body, null),
  );
}

export function useDeletePlacement(childId: string) {
  return useChildMutation((placementId: string) =>
    api.delete(`/children/${childId}/placements/${placementId}`, null),
  );
}
