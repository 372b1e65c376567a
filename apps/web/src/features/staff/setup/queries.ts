import {
  type CreateCareProductBody,
  type CreateClosingDayBody,
  type CreateGroupBody,
  type CreateLocationBody,
  careProductListSchema,
  careProductSchema,
  closingDayListSchema,
  closingDaySchema,
  groupListSchema,
  groupSchema,
  locationListSchema,
  locationSchema,
  type OrganisationSettings,
  organisationSettingsSchema,
  type UpdateCareProductBody,
  type UpdateGroupBody,
  type UpdateLocationBody,
  type UpdateOrganisationSettingsBody,
} from '@nestje/contract';
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';
import { sendRaw } from '../../../lib/raw-api.ts';
import { meQueryKey } from '../../account/queries.ts';

/** Every query of organisation setup starts with this key, so a change can refresh what depends on it. */
export const setupKeys = {
  settings: ['setup', 'settings'] as const,
  locations: ['setup', 'locations'] as const,
  groups: ['setup', 'groups'] as const,
  careProducts: ['setup', 'careProducts'] as const,
  closingDays: ['setup', 'closingDays'] as const,
};

/** `?a=1&b=2` from the values that are set; '' when none is. */
export function queryString(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

// Settings and branding

export function useOrganisationSettings() {
  return useQuery({
    queryKey: setupKeys.settings,
    queryFn: () => api.get('/organisation/settings', organisationSettingsSchema),
  });
}

/** The header, theme colour and logo come from `GET /me`: refresh it so they follow a change at once. */
async function refreshBranding(queryClient: QueryClient, settings?: OrganisationSettings) {
  if (settings) queryClient.setQueryData(setupKeys.settings, settings);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: setupKeys.settings }),
    queryClient.invalidateQueries({ queryKey: meQueryKey }),
  ]);
}

export function useUpdateOrganisationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationSettingsBody) =>
      api.patch('/organisation/settings', body, organisationSettingsSchema),
    onSuccess: (settings) => refreshBranding(queryClient, settings),
  });
}

export function useUploadLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    // The image itself is the body (not JSON); the answer is the settings with the new logo's address.
    mutationFn: (file: Blob) =>
      sendRaw('PUT', '/organisation/logo', file, file.type, organisationSettingsSchema),
    onSuccess: (settings) => refreshBranding(queryClient, settings),
  });
}

export function useRemoveLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/organisation/logo', organisationSettingsSchema),
    onSuccess: (settings) => refreshBranding(queryClient, settings),
  });
}

// Locations

export function useLocations(search: string) {
  return useQuery({
    queryKey: [...setupKeys.locations, 'list', search],
    queryFn: async () =>
      (await api.get(`/locations${queryString({ search })}`, locationListSchema)).locations,
    placeholderData: keepPreviousData,
  });
}

export function useLocationDetail(locationId: string) {
  return useQuery({
    queryKey: [...setupKeys.locations, 'one', locationId],
    queryFn: () => api.get(`/locations/${locationId}`, locationSchema),
  });
}

/** After a change to a location, its lists (and the names shown with groups and products) are stale. */
function invalidateLocations(queryClient: QueryClient) {
  return Promise.all(
    [setupKeys.locations, setupKeys.groups, setupKeys.closingDays].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

export function useCreateLocation() {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateLocationBody) => creates.post('/locations', body, locationSchema),
    onSuccess: () => invalidateLocations(queryClient),
  });
}

export function useUpdateLocation(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateLocationBody) => api.patch(`/locations/${locationId}`, body, locationSchema),
    onSuccess: () => invalidateLocations(queryClient),
  });
}

// Groups

export function useGroups(filter: { search: string; locationId: string | null }) {
  return useQuery({
    queryKey: [...setupKeys.groups, 'list', filter],
    queryFn: async () =>
      (
        await api.get(
          `/groups${queryString({ search: filter.search, locationId: filter.locationId })}`,
          groupListSchema,
        )
      ).groups,
    placeholderData: keepPreviousData,
  });
}

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: [...setupKeys.groups, 'one', groupId],
    queryFn: () => api.get(`/groups/${groupId}`, groupSchema),
  });
}

function invalidateGroups(queryClient: QueryClient) {
  return Promise.all(
    [setupKeys.groups, setupKeys.locations, setupKeys.careProducts].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateGroupBody) => creates.post('/groups', body, groupSchema),
    onSuccess: () => invalidateGroups(queryClient),
  });
}

export function useUpdateGroup(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateGroupBody) => api.patch(`/groups/${groupId}`, body, groupSchema),
    onSuccess: () => invalidateGroups(queryClient),
  });
}

// Care products

export function useCareProducts(search: string) {
  return useQuery({
    queryKey: [...setupKeys.careProducts, 'list', search],
    queryFn: async () =>
      (await api.get(`/care-products${queryString({ search })}`, careProductListSchema)).careProducts,
    placeholderData: keepPreviousData,
  });
}

export function useCareProduct(careProductId: string) {
  return useQuery({
    queryKey: [...setupKeys.careProducts, 'one', careProductId],
    queryFn: () => api.get(`/care-products/${careProductId}`, careProductSchema),
  });
}

export function useCreateCareProduct() {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateCareProductBody) => creates.post('/care-products', body, careProductSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: setupKeys.careProducts }),
  });
}

export function useUpdateCareProduct(careProductId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCareProductBody) =>
      api.patch(`/care-products/${careProductId}`, body, careProductSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: setupKeys.careProducts }),
  });
}

// Closing days

export function useClosingDays(filter: { from: string; locationId: string | null; search: string }) {
  return useQuery({
    queryKey: [...setupKeys.closingDays, filter],
    queryFn: async () =>
      (
        await api.get(
          `/closing-days${queryString({ from: filter.from, locationId: filter.locationId, search: filter.search })}`,
          closingDayListSchema,
        )
      ).closingDays,
    placeholderData: keepPreviousData,
  });
}

export function useCreateClosingDay() {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateClosingDayBody) => creates.post('/closing-days', body, closingDaySchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: setupKeys.closingDays }),
  });
}

export function useDeleteClosingDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (closingDayId: string) => api.delete(`/closing-days/${closingDayId}`, null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: setupKeys.closingDays }),
  });
}
