import { type Expression, type RawBuilder, sql } from 'kysely';
import { consentGranted } from '../consents/consent-granted.queries.ts';

// Who sees a post photo (B1), written once as SQL and used by the feed and by the rule behind the photo's signed
// URLs (media.read). It is decided when the photo is viewed, from the tags and the consents as they are now, so
// withdrawing a consent hides the photo at once everywhere. docs/timeline.md explains the rule.

type Value = Expression<string> | string;

/** SQL: the calendar date of a moment in Amsterdam (the date of a post). */
export const amsterdamDate = (moment: Expression<Date>): RawBuilder<string> =>
  sql<string>`((${moment}) AT TIME ZONE 'Europe/Amsterdam')::date`;

/** The columns of a post photo a rule looks at: organisation, photo, post, group and when it was posted. */
export interface PhotoRefs {
  organisationId: Expression<string>;
  photoId: Expression<string>;
  groupId: Expression<string>;
  postedAt: Expression<Date>;
}

/** SQL: whether `childId` has a placement in `groupId` covering `day`. */
export function placedInGroupOn(
  organisationId: Value,
  childId: Value,
  groupId: Value,
  day: Expression<string>,
): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM placements pl
    WHERE pl.organisation_id = ${organisationId} AND pl.child_id = ${childId} AND pl.group_id = ${groupId}
      AND pl.start_date <= ${day} AND (pl.end_date IS NULL OR pl.end_date >= ${day})
  )`;
}

/**
 * SQL (a) for one photo: a child of the guardian is tagged in the photo, or has a placement in the post's group
 * covering the post's date.
 */
function reachesPhoto(p: PhotoRefs, guardianId: Value): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM guardian_children gcr
    WHERE gcr.organisation_id = ${p.organisationId} AND gcr.guardian_id = ${guardianId}
      AND (
        EXISTS (
          SELECT 1 FROM post_photo_children tr
          WHERE tr.organisation_id = gcr.organisation_id AND tr.post_photo_id = ${p.photoId}
            AND tr.child_id = gcr.child_id
        )
        OR ${placedInGroupOn(sql.ref('gcr.organisation_id'), sql.ref('gcr.child_id'), p.groupId, amsterdamDate(p.postedAt))}
      )
  )`;
}

/**
 * SQL (b) for one photo: every tagged child has consent to be photographed for its own family, and is the
 * guardian's own child or has consent to be seen by other families. True for an untagged photo.
 */
function tagsAllow(p: PhotoRefs, guardianId: Value): RawBuilder<boolean> {
  const child = sql.ref<string>('tb.child_id');
  const org = sql.ref<string>('tb.organisation_id');
  return sql<boolean>`NOT EXISTS (
    SELECT 1 FROM post_photo_children tb
    WHERE tb.organisation_id = ${p.organisationId} AND tb.post_photo_id = ${p.photoId}
      AND NOT (
        ${consentGranted(org, child, 'photos_own_family')}
        AND (
          EXISTS (
            SELECT 1 FROM guardian_children gcb
            WHERE gcb.organisation_id = tb.organisation_id AND gcb.child_id = tb.child_id
              AND gcb.guardian_id = ${guardianId}
          )
          OR ${consentGranted(org, child, 'photos_other_families')}
        )
      )
  )`;
}

/** SQL: whether the guardian may see the post photo now (B1): (a) and (b). */
export function photoVisibleToGuardian(p: PhotoRefs, guardianId: Value): RawBuilder<boolean> {
  return sql<boolean>`(${reachesPhoto(p, guardianId)} AND ${tagsAllow(p, guardianId)})`;
}

/** The columns of a post a rule looks at. */
export interface PostRefs {
  organisationId: Expression<string>;
  postId: Expression<string>;
  groupId: Expression<string>;
  postedAt: Expression<Date>;
}

/**
 * SQL: whether the post shows in the guardian's feed: (a) holds for the post (a child of the guardian is tagged
 * in one of its photos, or has a placement in its group covering its date), and it has a photo the guardian
 * may see or no photos at all.
 */
export function postVisibleToGuardian(p: PostRefs, guardianId: Value): RawBuilder<boolean> {
  const photo: PhotoRefs = {
    organisationId: p.organisationId,
    photoId: sql.ref<string>('vp.id'),
    groupId: p.groupId,
    postedAt: p.postedAt,
  };
  return sql<boolean>`(
    EXISTS (
      SELECT 1 FROM guardian_children gcp
      WHERE gcp.organisation_id = ${p.organisationId} AND gcp.guardian_id = ${guardianId}
        AND (
          EXISTS (
            SELECT 1 FROM post_photos tp
            JOIN post_photo_children tc ON tc.organisation_id = tp.organisation_id AND tc.post_photo_id = tp.id
            WHERE tp.organisation_id = gcp.organisation_id AND tp.post_id = ${p.postId}
              AND tc.child_id = gcp.child_id
          )
          OR ${placedInGroupOn(sql.ref('gcp.organisation_id'), sql.ref('gcp.child_id'), p.groupId, amsterdamDate(p.postedAt))}
        )
    )
    AND (
      NOT EXISTS (
        SELECT 1 FROM post_photos np WHERE np.organisation_id = ${p.organisationId} AND np.post_id = ${p.postId}
      )
      OR EXISTS (
        SELECT 1 FROM post_photos vp
        WHERE vp.organisation_id = ${p.organisationId} AND vp.post_id = ${p.postId}
          AND ${photoVisibleToGuardian(photo, guardianId)}
      )
    )
  )`;
}
