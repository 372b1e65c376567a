import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';
import { consentGranted } from '../consents/consent-granted.queries.ts';
import { placedInGroupOn, postVisibleToGuardian } from './timeline-visibility.queries.ts';

export interface TagFacts {
  id: string;
  firstName: string;
  lastName: string;
  inGroup: boolean;
  photoConsent: boolean;
  otherFamiliesConsent: boolean;
  /** A guardian of another of the tagged children is not this child's guardian. */
  seenByOtherFamily: boolean;
}

/** What the tagging rule needs of each of `childIds` tagged together in one photo of a post to `groupId` on `day`. */
export async function selectTagFacts(
  db: Executor,
  organisationId: string,
  groupId: string,
  day: string,
  childIds: readonly string[],
): Promise<TagFacts[]> {
  if (childIds.length === 0) return [];
  const ids = [...childIds];
  const rows = await db
    .selectFrom('children as c')
    .select((eb) => [
      'c.id',
      'c.first_name as firstName',
      'c.last_name as lastName',
      placedInGroupOn(eb.ref('c.organisation_id'), eb.ref('c.id'), groupId, sql<string>`${day}::date`).as(
        'inGroup',
      ),
      consentGranted(eb.ref('c.organisation_id'), eb.ref('c.id'), 'photos_own_family').as('photoConsent'),
      consentGranted(eb.ref('c.organisation_id'), eb.ref('c.id'), 'photos_other_families').as(
        'otherFamiliesConsent',
      ),
      eb
        .exists(
          eb
            .selectFrom('guardian_children as og')
            .select(sql`1`.as('one'))
            .whereRef('og.organisation_id', '=', 'c.organisation_id')
            .where('og.child_id', 'in', ids)
            .whereRef('og.child_id', '<>', 'c.id')
            .where((inner) =>
              inner.not(
                inner.exists(
                  inner
                    .selectFrom('guardian_children as mine')
                    .select(sql`1`.as('one'))
                    .whereRef('mine.organisation_id', '=', 'og.organisation_id')
                    .whereRef('mine.child_id', '=', 'c.id')
                    .whereRef('mine.guardian_id', '=', 'og.guardian_id'),
                ),
              ),
            ),
        )
        .as('seenByOtherFamily'),
    ])
    .where('c.organisation_id', '=', organisationId)
    .where('c.id', 'in', ids)
    .execute();
  return rows.map((r) => ({ ...r, seenByOtherFamily: Boolean(r.seenByOtherFamily) }));
}

/** The children with a placement in the group on `day`, with their photo consents, by name. */
export async function selectTaggableChildren(
  db: Executor,
  organisationId: string,
  groupId: string,
  day: string,
) {
  return db
    .selectFrom('children as c')
    .select((eb) => [
      'c.id',
      'c.first_name as firstName',
      'c.last_name as lastName',
      consentGranted(eb.ref('c.organisation_id'), eb.ref('c.id'), 'photos_own_family').as('photoConsent'),
      consentGranted(eb.ref('c.organisation_id'), eb.ref('c.id'), 'photos_other_families').as(
        'otherFamiliesConsent',
      ),
    ])
    .where('c.organisation_id', '=', organisationId)
    .where((eb) =>
      placedInGroupOn(eb.ref('c.organisation_id'), eb.ref('c.id'), groupId, sql<string>`${day}::date`),
    )
    .orderBy('c.first_name')
    .orderBy('c.last_name')
    .orderBy('c.id')
    .execute();
}

export interface NewPhoto {
  mediaId: string;
  downloadable: boolean;
  childIds: string[];
}

/** Inserts a post with its photos (in order) and their tags; returns the post's id. */
export async function insertPost(
  db: Executor,
  organisationId: string,
  post: { groupId: string; authorAccountId: string; body: string; at: Date; photos: NewPhoto[] },
): Promise<string> {
  const { id } = await db
    .insertInto('posts')
    .values({
      organisation_id: organisationId,
      group_id: post.groupId,
      author_account_id: post.authorAccountId,
      body: post.body,
      posted_at: post.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (post.photos.length === 0) return id;
  const photos = await db
    .insertInto('post_photos')
    .values(
      post.photos.map((p, position) => ({
        organisation_id: organisationId,
        post_id: id,
        media_id: p.mediaId,
        position,
        downloadable: p.downloadable,
      })),
    )
    .returning(['id', 'position'])
    .execute();
  const tags = photos.flatMap((row) =>
    [...new Set(post.photos[row.position]?.childIds ?? [])].map((childId) => ({
      organisation_id: organisationId,
      post_photo_id: row.id,
      child_id: childId,
    })),
  );
  if (tags.length > 0) await db.insertInto('post_photo_children').values(tags).execute();
  return id;
}

/**
 * Deletes a post with its photos and their tags, and the media rows of those photos (their files are then
 * swept); returns the children that were tagged in it.
 */
export async function deletePost(db: Executor, organisationId: string, postId: string) {
  const photos = await db
    .selectFrom('post_photos as pp')
    .leftJoin('post_photo_children as t', (join) =>
      join.onRef('t.organisation_id', '=', 'pp.organisation_id').onRef('t.post_photo_id', '=', 'pp.id'),
    )
    .select(['pp.media_id', 't.child_id'])
    .where('pp.organisation_id', '=', organisationId)
    .where('pp.post_id', '=', postId)
    .execute();
  const deleted = await db
    .deleteFrom('posts')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', postId)
    .returning(['id', 'group_id'])
    .executeTakeFirst();
  const mediaIds = [...new Set(photos.map((p) => p.media_id))];
  if (mediaIds.length > 0)
    await db
      .deleteFrom('media')
      .where('organisation_id', '=', organisationId)
      .where('id', 'in', mediaIds)
      .execute();
  const childIds = [...new Set(photos.map((p) => p.child_id).filter((c): c is string => c !== null))];
  return deleted ? { groupId: deleted.group_id, childIds } : null;
}

/**
 * The guardian accounts that see the post in their feed now (B1, the feed's own rule): for a post with photos,
 * those who may see at least one of its photos. With the group's name and the author's, for the notification.
 */
export async function selectPostAudience(db: Executor, organisationId: string, postId: string) {
  const { rows } = await sql<{ accountId: string }>`
    SELECT a.id AS "accountId"
    FROM posts p
    JOIN accounts a ON a.organisation_id = p.organisation_id AND a.guardian_id IS NOT NULL
    WHERE p.organisation_id = ${organisationId} AND p.id = ${postId} AND a.disabled_at IS NULL
      AND ${postVisibleToGuardian(
        {
          organisationId: sql.ref<string>('p.organisation_id'),
          postId: sql.ref<string>('p.id'),
          groupId: sql.ref<string>('p.group_id'),
          postedAt: sql.ref<Date>('p.posted_at'),
        },
        sql.ref<string>('a.guardian_id'),
      )}`.execute(db);
  const facts = await sql<{ groupName: string; authorName: string }>`
    SELECT g.name AS "groupName",
      coalesce(s.first_name || ' ' || s.last_name, gd.first_name || ' ' || gd.last_name, '') AS "authorName"
    FROM posts p
    JOIN groups g ON g.organisation_id = p.organisation_id AND g.id = p.group_id
    JOIN accounts a ON a.organisation_id = p.organisation_id AND a.id = p.author_account_id
    LEFT JOIN staff_members s ON s.organisation_id = a.organisation_id AND s.id = a.staff_member_id
    LEFT JOIN guardians gd ON gd.organisation_id = a.organisation_id AND gd.id = a.guardian_id
    WHERE p.organisation_id = ${organisationId} AND p.id = ${postId}`.execute(db);
  const fact = facts.rows[0];
  if (!fact) throw new Error('A post vanished in its own transaction');
  return { accountIds: rows.map((r) => r.accountId), ...fact };
}
