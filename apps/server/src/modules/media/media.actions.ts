import { sql } from 'kysely';
import { defineAction } from '../../authz/actions.ts';
import { anyAccount, guardianOfChild, linkedTo, type Rule } from '../../authz/rules.ts';
import { contentMediaReadable } from '../content/content.actions.ts';
import { participantThreads } from '../messages/messages.actions.ts';
import { profilePhotosForStaff, teamPhotosOfGuardian } from '../team/team.actions.ts';
import { timelineStaffOfChild, timelineStaffOfGroup } from '../timeline/timeline.actions.ts';
import { photoVisibleToGuardian } from '../timeline/timeline-visibility.queries.ts';

/** Media the account uploaded itself (before and after a post or a diary entry takes them). Target: a medium. */
const ownUploads: Rule = ({ db, principal }) =>
  db
    .selectFrom('media')
    .select('id')
    .where('organisation_id', '=', principal.organisationId)
    .where('uploaded_by_account_id', '=', principal.accountId);

/** The media of the photos of posts to the groups the staff member works in (staff see all). Target: a medium. */
const postPhotosOfStaffGroups: Rule = linkedTo(timelineStaffOfGroup, ({ db, principal }, groups) =>
  db
    .selectFrom('post_photos as pp')
    .innerJoin('posts as p', (join) =>
      join.onRef('p.organisation_id', '=', 'pp.organisation_id').onRef('p.id', '=', 'pp.post_id'),
    )
    .select('pp.media_id as id')
    .where('pp.organisation_id', '=', principal.organisationId)
    .where('p.group_id', 'in', groups),
);

/** The media of post photos the guardian may see now (B1, the timeline's visibility rule). Target: a medium. */
const postPhotosSeenByGuardian: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('post_photos as pp')
        .innerJoin('posts as p', (join) =>
          join.onRef('p.organisation_id', '=', 'pp.organisation_id').onRef('p.id', '=', 'pp.post_id'),
        )
        .select('pp.media_id as id')
        .where('pp.organisation_id', '=', principal.organisationId)
        .where(
          photoVisibleToGuardian(
            {
              organisationId: sql.ref('pp.organisation_id'),
              photoId: sql.ref('pp.id'),
              groupId: sql.ref('p.group_id'),
              postedAt: sql.ref('p.posted_at'),
            },
            principal.guardianId,
          ),
        );

/** The media of diary entries of the children `childRule` allows. Target: a medium. */
const diaryMediaOfChildren = (childRule: Rule): Rule =>
  linkedTo(childRule, ({ db, principal }, children) =>
    db
      .selectFrom('diary_entry_media as dm')
      .innerJoin('diary_entries as e', (join) =>
        join.onRef('e.organisation_id', '=', 'dm.organisation_id').onRef('e.id', '=', 'dm.entry_id'),
      )
      .select('dm.media_id as id')
      .where('dm.organisation_id', '=', principal.organisationId)
      .where('e.child_id', 'in', children),
  );

/** The attachments of messages in the threads the account takes part in. Target: a medium. */
const attachmentsOfOwnThreads: Rule = linkedTo(participantThreads, ({ db, principal }, threads) =>
  db
    .selectFrom('message_attachments as ma')
    .innerJoin('messages as m', (join) =>
      join.onRef('m.organisation_id', '=', 'ma.organisation_id').onRef('m.id', '=', 'ma.message_id'),
    )
    .select('ma.media_id as id')
    .where('ma.organisation_id', '=', principal.organisationId)
    .where('m.thread_id', 'in', threads),
);

/**
 * Seeing a photo or video (its signed URLs are checked against this again on every fetch): the uploader, and
 * whoever the timeline's rules let see the post photo or diary entry it belongs to, decided when viewed.
 */
export const mediaRead = defineAction('media.read', 'media', [
  ownUploads,
  postPhotosOfStaffGroups,
  postPhotosSeenByGuardian,
  diaryMediaOfChildren(guardianOfChild),
  diaryMediaOfChildren(timelineStaffOfChild),
  attachmentsOfOwnThreads,
  contentMediaReadable,
  teamPhotosOfGuardian,
  profilePhotosForStaff,
]);

/** Uploading a photo or video (to use in a post or a diary entry): any signed-in account. */
export const mediaUpload = defineAction('media.upload', 'organisation', [anyAccount]);
