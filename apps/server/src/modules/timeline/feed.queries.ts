import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';
import { notEndedBefore } from '../../db/sql.ts';
import { photoVisibleToGuardian, postVisibleToGuardian } from './timeline-visibility.queries.ts';

// The timeline in a fixed number of queries per page, whatever its length: the items, the photos with whether the
// viewer sees each, their tags, the diary media, the authors (and then the signed URLs once, in media-views).

/** Whose timeline: a guardian's (Mijn kind, B1 applies) or the back office's of one group (staff see all). */
export type Viewer =
  | { kind: 'guardian'; guardianId: string }
  | { kind: 'staff'; groupId: string; today: string }
  | { kind: 'author' };

export interface Cursor {
  at: Date;
  id: string;
}

export interface ItemRow {
  kind: 'post' | 'diary';
  id: string;
  at: Date;
  body: string;
  groupId: string | null;
  groupName: string | null;
  childId: string | null;
  childName: string | null;
  authorAccountId: string;
}

const before = (at: string, id: string, c: Cursor | null): Expression<SqlBool> =>
  c === null ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.ref(at)}, ${sql.ref(id)}) < (${c.at}, ${c.id}::uuid)`;

/** The posts of the viewer's timeline, newest first, `limit` of them from `cursor` on. */
function postItems(db: Executor, org: string, viewer: Viewer, cursor: Cursor | null, limit: number) {
  let q = db
    .selectFrom('posts as p')
    .innerJoin('groups as g', (join) =>
      join.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
    )
    .select([
      sql<'post' | 'diary'>`'post'`.as('kind'),
      'p.id',
      'p.posted_at as at',
      'p.body',
      sql<string | null>`p.group_id`.as('groupId'),
      sql<string | null>`g.name`.as('groupName'),
      sql<string | null>`NULL::uuid`.as('childId'),
      sql<string | null>`NULL::text`.as('childName'),
      'p.author_account_id as authorAccountId',
    ])
    .where('p.organisation_id', '=', org)
    .where(before('p.posted_at', 'p.id', cursor));
  if (viewer.kind === 'guardian') {
    q = q.where(
      postVisibleToGuardian(
        {
          organisationId: sql.ref('p.organisation_id'),
          postId: sql.ref('p.id'),
          groupId: sql.ref('p.group_id'),
          postedAt: sql.ref('p.posted_at'),
        },
        viewer.guardianId,
      ),
    );
  } else if (viewer.kind === 'staff') {
    q = q.where('p.group_id', '=', viewer.groupId);
  }
  return q.orderBy('p.posted_at', 'desc').orderBy('p.id', 'desc').limit(limit);
}

/**
 * The guardian's posts, newest first. A post reaches a guardian only through a child placed in its group (a
 * tagged child is placed there too), so the posts are read per such group, each group's newest first along its
 * index until `limit` of them pass the rule, and only those are merged: a page costs the same a year back as today.
 */
function guardianPostItems(
  db: Executor,
  org: string,
  guardianId: string,
  cursor: Cursor | null,
  limit: number,
) {
  const groups = db
    .selectFrom('placements as pl')
    .innerJoin('guardian_children as gc', (join) =>
      join.onRef('gc.organisation_id', '=', 'pl.organisation_id').onRef('gc.child_id', '=', 'pl.child_id'),
    )
    .select('pl.group_id')
    .distinct()
    .where('pl.organisation_id', '=', org)
    .where('gc.guardian_id', '=', guardianId);
  return db
    .selectFrom(groups.as('gg'))
    .innerJoinLateral(
      () =>
        postItems(db, org, { kind: 'guardian', guardianId }, cursor, limit)
          .where('p.group_id', '=', sql.ref<string>('gg.group_id'))
          .as('gp'),
      (join) => join.onTrue(),
    )
    .selectAll('gp');
}

/** The diary entries of the viewer's timeline, newest first. */
function diaryItems(db: Executor, org: string, viewer: Viewer, cursor: Cursor | null, limit: number) {
  let q = db
    .selectFrom('diary_entries as e')
    .innerJoin('children as c', (join) =>
      join.onRef('c.organisation_id', '=', 'e.organisation_id').onRef('c.id', '=', 'e.child_id'),
    )
    .select([
      sql<'post' | 'diary'>`'diary'`.as('kind'),
      'e.id',
      'e.written_at as at',
      'e.body',
      sql<string | null>`NULL::uuid`.as('groupId'),
      sql<string | null>`NULL::text`.as('groupName'),
      sql<string | null>`e.child_id`.as('childId'),
      sql<string | null>`c.first_name`.as('childName'),
      'e.author_account_id as authorAccountId',
    ])
    .where('e.organisation_id', '=', org)
    .where(before('e.written_at', 'e.id', cursor));
  if (viewer.kind === 'guardian') {
    q = q.where('e.child_id', 'in', (eb) =>
      eb
        .selectFrom('guardian_children')
        .select('child_id')
        .where('organisation_id', '=', org)
        .where('guardian_id', '=', viewer.guardianId),
    );
  } else if (viewer.kind === 'staff') {
    q = q.where('e.child_id', 'in', (eb) =>
      eb
        .selectFrom('placements as pl')
        .select('pl.child_id')
        .where('pl.organisation_id', '=', org)
        .where('pl.group_id', '=', viewer.groupId)
        .where(notEndedBefore('pl.end_date', viewer.today)),
    );
  }
  return q.orderBy('e.written_at', 'desc').orderBy('e.id', 'desc').limit(limit);
}

/** One page of the viewer's timeline (posts and diary entries together), newest first: `limit` rows at most. */
export async function selectTimelineItems(
  db: Executor,
  org: string,
  viewer: Viewer,
  cursor: Cursor | null,
  limit: number,
): Promise<ItemRow[]> {
  const posts =
    viewer.kind === 'guardian'
      ? guardianPostItems(db, org, viewer.guardianId, cursor, limit)
      : postItems(db, org, viewer, cursor, limit);
  const diary = diaryItems(db, org, viewer, cursor, limit);
  const rows = await db
    .selectFrom(
      db
        .selectFrom(posts.as('ps'))
        .selectAll()
        .unionAll(db.selectFrom(diary.as('ds')).selectAll())
        .as('items'),
    )
    .selectAll()
    .orderBy('items.at', 'desc')
    .orderBy('items.id', 'desc')
    .limit(limit)
    .execute();
  return rows as ItemRow[];
}

/** Items by id (the answer of a create, an entry opened whole), for a viewer who may see them. */
export async function selectItemsById(
  db: Executor,
  org: string,
  ids: { posts: string[]; diary: string[] },
): Promise<ItemRow[]> {
  const rows: ItemRow[] = [];
  if (ids.posts.length > 0)
    rows.push(
      ...((await postItems(db, org, { kind: 'author' }, null, ids.posts.length)
        .where('p.id', 'in', ids.posts)
        .execute()) as ItemRow[]),
    );
  if (ids.diary.length > 0)
    rows.push(
      ...((await diaryItems(db, org, { kind: 'author' }, null, ids.diary.length)
        .where('e.id', 'in', ids.diary)
        .execute()) as ItemRow[]),
    );
  return rows;
}

export interface PhotoRow {
  id: string;
  postId: string;
  mediaId: string;
  position: number;
  downloadable: boolean;
  visible: boolean;
}

/** The photos of `postIds` in series order, each with whether the viewer may see it now (B1 for guardians). */
export async function selectPostPhotos(
  db: Executor,
  org: string,
  viewer: Viewer,
  postIds: readonly string[],
): Promise<PhotoRow[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('post_photos as pp')
    .innerJoin('posts as p', (join) =>
      join.onRef('p.organisation_id', '=', 'pp.organisation_id').onRef('p.id', '=', 'pp.post_id'),
    )
    .select([
      'pp.id',
      'pp.post_id as postId',
      'pp.media_id as mediaId',
      'pp.position',
      'pp.downloadable',
      (viewer.kind === 'guardian'
        ? photoVisibleToGuardian(
            {
              organisationId: sql.ref('pp.organisation_id'),
              photoId: sql.ref('pp.id'),
              groupId: sql.ref('p.group_id'),
              postedAt: sql.ref('p.posted_at'),
            },
            viewer.guardianId,
          )
        : sql<boolean>`true`
      ).as('visible'),
    ])
    .where('pp.organisation_id', '=', org)
    .where('pp.post_id', 'in', [...postIds])
    .orderBy('pp.post_id')
    .orderBy('pp.position')
    .execute();
  return rows.map((r) => ({ ...r, visible: Boolean(r.visible) }));
}

/** The children tagged in `photoIds`; for a guardian only their own children (they see no other names). */
export async function selectPhotoTags(
  db: Executor,
  org: string,
  viewer: Viewer,
  photoIds: readonly string[],
) {
  if (photoIds.length === 0) return [];
  let q = db
    .selectFrom('post_photo_children as t')
    .innerJoin('children as c', (join) =>
      join.onRef('c.organisation_id', '=', 't.organisation_id').onRef('c.id', '=', 't.child_id'),
    )
    .select(['t.post_photo_id as photoId', 't.child_id as childId', 'c.first_name as firstName'])
    .where('t.organisation_id', '=', org)
    .where('t.post_photo_id', 'in', [...photoIds]);
  if (viewer.kind === 'guardian')
    q = q.where('t.child_id', 'in', (eb) =>
      eb
        .selectFrom('guardian_children')
        .select('child_id')
        .where('organisation_id', '=', org)
        .where('guardian_id', '=', viewer.guardianId),
    );
  return q.orderBy('c.first_name').orderBy('t.child_id').execute();
}

/** The media of `entryIds`, in their order. */
export async function selectDiaryMedia(db: Executor, org: string, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('diary_entry_media')
    .select(['entry_id as entryId', 'media_id as mediaId'])
    .where('organisation_id', '=', org)
    .where('entry_id', 'in', [...entryIds])
    .orderBy('entry_id')
    .orderBy('position')
    .execute();
}

/** The names of the accounts that wrote items, and whether each is staff or a guardian. */
export async function selectAuthors(db: Executor, org: string, accountIds: readonly string[]) {
  if (accountIds.length === 0) return new Map<string, { name: string; kind: 'staff' | 'guardian' }>();
  const rows = await db
    .selectFrom('accounts as a')
    .leftJoin('staff_members as s', (join) =>
      join.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .leftJoin('guardians as g', (join) =>
      join.onRef('g.organisation_id', '=', 'a.organisation_id').onRef('g.id', '=', 'a.guardian_id'),
    )
    .select([
      'a.id',
      'a.kind',
      sql<string>`coalesce(s.first_name || ' ' || s.last_name, g.first_name || ' ' || g.last_name, '')`.as(
        'name',
      ),
    ])
    .where('a.organisation_id', '=', org)
    .where('a.id', 'in', [...new Set(accountIds)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { name: r.name, kind: r.kind === 'guardian' ? ('guardian' as const) : ('staff' as const) },
    ]),
  );
}
