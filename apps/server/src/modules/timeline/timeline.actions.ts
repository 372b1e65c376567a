import type { StaffRole } from '@nestje/contract';
import { sql } from 'kysely';
import { defineAction } from '../../authz/actions.ts';
import { guardianOfChild, linkedTo, type Rule, staffOfChildGroup, staffOfGroup } from '../../authz/rules.ts';
import { postVisibleToGuardian } from './timeline-visibility.queries.ts';

/** The staff who post to a group, write diary entries and see everything of the group's timeline. */
export const TIMELINE_ROLES: readonly StaffRole[] = ['group_staff', 'location_manager', 'organisation_admin'];

/** Staff of the groups the timeline roles cover. Target: a group. */
export const timelineStaffOfGroup: Rule = staffOfGroup(...TIMELINE_ROLES);

/** The children the timeline staff of their groups (a current or future placement) see. Target: a child. */
export const timelineStaffOfChild: Rule = staffOfChildGroup(...TIMELINE_ROLES);

/** Posts to the groups `groupRule` allows. Target: a post. */
const postsOfGroups = (groupRule: Rule): Rule =>
  linkedTo(groupRule, ({ db, principal }, groups) =>
    db
      .selectFrom('posts')
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('group_id', 'in', groups),
  );

/** Posts that show in the guardian's feed (B1, decided now). Target: a post. */
const postsSeenByGuardian: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('posts as p')
        .select('p.id')
        .where('p.organisation_id', '=', principal.organisationId)
        .where(
          postVisibleToGuardian(
            {
              organisationId: sql.ref('p.organisation_id'),
              postId: sql.ref('p.id'),
              groupId: sql.ref('p.group_id'),
              postedAt: sql.ref('p.posted_at'),
            },
            principal.guardianId,
          ),
        );

/** The account's own posts. Target: a post. */
const ownPosts: Rule = ({ db, principal }) =>
  db
    .selectFrom('posts')
    .select('id')
    .where('organisation_id', '=', principal.organisationId)
    .where('author_account_id', '=', principal.accountId);

/** Diary entries of the children `childRule` allows. Target: a diary entry. */
const entriesOfChildren = (childRule: Rule): Rule =>
  linkedTo(childRule, ({ db, principal }, children) =>
    db
      .selectFrom('diary_entries')
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('child_id', 'in', children),
  );

export const postRead = defineAction('post.read', 'post', [
  postsOfGroups(timelineStaffOfGroup),
  postsSeenByGuardian,
]);
/** Posting to a group, and checking tags for it (the group's taggable children, tag checks). */
export const postCreate = defineAction('post.create', 'group', [timelineStaffOfGroup]);
/** The author, and the location managers and admins of the post's group. */
export const postDelete = defineAction('post.delete', 'post', [
  ownPosts,
  postsOfGroups(staffOfGroup('location_manager', 'organisation_admin')),
]);
/** The group's timeline in the back office: its posts and its children's diary entries. */
export const groupTimelineRead = defineAction('group.readTimeline', 'group', [timelineStaffOfGroup]);

/** The child's guardians and the staff of its groups read, write and add photos to its diary. */
export const diaryEntryRead = defineAction('diaryEntry.read', 'diaryEntry', [
  entriesOfChildren(guardianOfChild),
  entriesOfChildren(timelineStaffOfChild),
]);
export const diaryEntryCreate = defineAction('diaryEntry.create', 'child', [
  guardianOfChild,
  timelineStaffOfChild,
]);
export const diaryEntryAddMedia = defineAction('diaryEntry.addMedia', 'diaryEntry', [
  entriesOfChildren(guardianOfChild),
  entriesOfChildren(timelineStaffOfChild),
]);
