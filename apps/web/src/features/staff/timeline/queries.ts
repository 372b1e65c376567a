import {
  type CreatePostBody,
  groupListSchema,
  postSchema,
  tagCheckSchema,
  taggableChildrenSchema,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTimelineQuery } from '../../../components/media/timeline-query.ts';
import { api } from '../../../lib/api.ts';
import { useIdempotencyKey } from '../../../lib/idempotency.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { TIMELINE_KEY } from '../../parent/diary/queries.ts';
import { workingGroups } from './groups.ts';

/** The groups the staff member works in, of those the server lists for the account. */
export function useTimelineGroups() {
  const grants = useCurrentMe().account.roles;
  return useQuery({
    queryKey: ['timeline', 'groups'],
    queryFn: async () => (await api.get('/groups', groupListSchema)).groups,
    select: (groups) => workingGroups(groups, grants),
  });
}

/** The group's posts and its children's diary entries, newest first. */
export function useGroupTimeline(groupId: string | null) {
  return useTimelineQuery(
    [...TIMELINE_KEY, 'group', groupId ?? ''],
    `/groups/${groupId}/timeline`,
    groupId !== null,
  );
}

/** The children of the group staff may tag, with their photo consents. */
export function useTaggableChildren(groupId: string | null) {
  return useQuery({
    queryKey: ['timeline', 'taggable', groupId ?? ''],
    enabled: groupId !== null,
    queryFn: async ({ signal }) =>
      (await api.get(`/groups/${groupId}/taggable-children`, taggableChildrenSchema, { signal })).children,
  });
}

/** Asks the server which of these children may not be tagged together in one photo, and why. */
export function tagCheck(groupId: string, childIds: readonly string[], signal?: AbortSignal) {
  return api.post(`/groups/${groupId}/tag-check`, { childIds }, tagCheckSchema, { signal });
}

/** "Plaatsen": one post per set of values, however often it is sent (Idempotency-Key). */
export function useCreatePost(groupId: string) {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreatePostBody) => keys.post(`/groups/${groupId}/posts`, body, postSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: TIMELINE_KEY });
    },
  });
}
