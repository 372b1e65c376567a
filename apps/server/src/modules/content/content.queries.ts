import type { ContentKind } from '@nestje/contract';
import { sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import type { GroupCursor } from '../../db/cursor.ts';
import type { Executor } from '../../db/sql.ts';
import { addressedToGuardian, publishedBy } from './content-audience.queries.ts';

export interface ItemRow {
  id: string;
  kind: ContentKind;
  title: string;
  summary: string;
  bodyHtml: string;
  locationId: string | null;
  groupId: string | null;
  audienceName: string;
  publishAt: Date | null;
  position: number;
  notifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  authorName: string;
  imageIds: string[];
  attachmentIds: string[];
}

/** The columns of an item with its audience's name, author's name and its media ids, in one row. */
function itemsQuery(db: Executor, organisationId: string) {
  return db
    .selectFrom('content_items as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('locations as l', (join) =>
      join.onRef('l.organisation_id', '=', 'c.organisation_id').onRef('l.id', '=', 'c.audience_location_id'),
    )
    .leftJoin('groups as g', (join) =>
      join.onRef('g.organisation_id', '=', 'c.organisation_id').onRef('g.id', '=', 'c.audience_group_id'),
    )
    .leftJoin('accounts as a', (join) =>
      join.onRef('a.organisation_id', '=', 'c.organisation_id').onRef('a.id', '=', 'c.created_by_account_id'),
    )
    .leftJoin('staff_members as s', (join) =>
      join.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .select((eb) => [
      'c.id',
      sql<ContentKind>`c.kind`.as('kind'),
      'c.title',
      'c.summary',
      'c.body_html as bodyHtml',
      'c.audience_location_id as locationId',
      'c.audience_group_id as groupId',
      sql<string>`coalesce(g.name, l.name, o.name)`.as('audienceName'),
      'c.publish_at as publishAt',
      'c.position',
      'c.notified_at as notifiedAt',
      'c.created_at as createdAt',
      'c.updated_at as updatedAt',
      sql<string>`coalesce(s.first_name || ' ' || s.last_name, '')`.as('authorName'),
      eb
        .selectFrom('content_item_media as m')
        .select(sql<string[]>`coalesce(array_agg(m.media_id order by m.position), '{}')`.as('ids'))
        .whereRef('m.organisation_id', '=', 'c.organisation_id')
        .whereRef('m.item_id', '=', 'c.id')
        .where('m.role', '=', 'image')
        .as('imageIds'),
      eb
        .selectFrom('content_item_media as m')
        .select(sql<string[]>`coalesce(array_agg(m.media_id order by m.position), '{}')`.as('ids'))
        .whereRef('m.organisation_id', '=', 'c.organisation_id')
        .whereRef('m.item_id', '=', 'c.id')
        .where('m.role', '=', 'attachment')
        .as('attachmentIds'),
    ])
    .where('c.organisation_id', '=', organisationId)
    .where('c.removed_at', 'is', null);
}

function normalise(rows: Record<string, unknown>[]): ItemRow[] {
  return rows.map((r) => ({
    ...(r as unknown as ItemRow),
    imageIds: (r.imageIds as string[] | null) ?? [],
    attachmentIds: (r.attachmentIds as string[] | null) ?? [],
  }));
}

/** One item that is not removed; the caller has checked the account may read it. */
export async function selectItem(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ItemRow | undefined> {
  const rows = await itemsQuery(db, organisationId).where('c.id', '=', id).execute();
  return normalise(rows)[0];
}

/**
 * The guardian's list of one kind: published by `now`, addressed to them; news and newsletters newest first by
 * their publish moment (keyset `before`), information pages in their order, all of them.
 */
export async function selectGuardianItems(
  db: Executor,
  a: {
    organisationId: string;
    guardianId: string;
    today: string;
    now: Date;
    kind: ContentKind;
    before: GroupCursor | null;
    limit: number;
  },
): Promise<ItemRow[]> {
  let query = itemsQuery(db, a.organisationId)
    .where('c.kind', '=', a.kind)
    .where((eb) => publishedBy(eb, a.now))
    .where((eb) => addressedToGuardian(eb, db, a));
  if (a.kind === 'info_page')
    return normalise(await query.orderBy('c.position').orderBy('c.title').execute());
  const before = a.before;
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('c.publish_at', '<', before.at),
        eb.and([eb('c.publish_at', '=', before.at), eb('c.id', '<', before.id)]),
      ]),
    );
  return normalise(
    await query.orderBy('c.publish_at', 'desc').orderBy('c.id', 'desc').limit(a.limit).execute(),
  );
}

/**
 * The staff list of one kind: the items `readable` allows, drafts and scheduled ones included; newest created
 * first (keyset `before`), information pages in their order, all of them.
 */
export async function selectStaffItems(
  db: Executor,
  a: {
    organisationId: string;
    readable: IdQuery;
    kind: ContentKind;
    before: GroupCursor | null;
    limit: number;
  },
): Promise<ItemRow[]> {
  let query = itemsQuery(db, a.organisationId).where('c.kind', '=', a.kind).where('c.id', 'in', a.readable);
  if (a.kind === 'info_page')
    return normalise(await query.orderBy('c.position').orderBy('c.title').execute());
  const before = a.before;
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('c.created_at', '<', before.at),
        eb.and([eb('c.created_at', '=', before.at), eb('c.id', '<', before.id)]),
      ]),
    );
  return normalise(
    await query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(a.limit).execute(),
  );
}

/** Of `ids`, those `allowed` contains. */
export async function selectAllowed(
  db: Executor,
  allowed: IdQuery,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(allowed.as('allowed'))
    .select('allowed.id')
    .where('allowed.id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface ItemValues {
  kind: ContentKind;
  title: string;
  bodyHtml: string;
  summary: string;
  locationId: string | null;
  groupId: string | null;
  publishAt: Date | null;
  position: number;
}

export async function insertItem(
  db: Executor,
  organisationId: string,
  v: ItemValues & { accountId: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('content_items')
    .values({
      organisation_id: organisationId,
      kind: v.kind,
      title: v.title,
      body_html: v.bodyHtml,
      summary: v.summary,
      audience_location_id: v.locationId,
      audience_group_id: v.groupId,
      publish_at: v.publishAt,
      position: v.position,
      created_by_account_id: v.accountId,
      created_at: v.at,
      updated_by_account_id: v.accountId,
      updated_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface StoredItem {
  kind: ContentKind;
  title: string;
  summary: string;
  locationId: string | null;
  groupId: string | null;
  publishAt: Date | null;
  notifiedAt: Date | null;
  removedAt: Date | null;
}

/** The item's own row, locked until the transaction ends (a change, a removal, a due notification). */
export async function selectItemForUpdate(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<StoredItem | undefined> {
  return (await db
    .selectFrom('content_items')
    .select([
      'kind',
      'title',
      'summary',
      'audience_location_id as locationId',
      'audience_group_id as groupId',
      'publish_at as publishAt',
      'notified_at as notifiedAt',
      'removed_at as removedAt',
    ])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()) as StoredItem | undefined;
}

export async function updateItem(
  db: Executor,
  organisationId: string,
  id: string,
  v: Omit<ItemValues, 'kind'> & { accountId: string; at: Date },
): Promise<void> {
  await db
    .updateTable('content_items')
    .set({
      title: v.title,
      body_html: v.bodyHtml,
      summary: v.summary,
      audience_location_id: v.locationId,
      audience_group_id: v.groupId,
      publish_at: v.publishAt,
      position: v.position,
      updated_by_account_id: v.accountId,
      updated_at: v.at,
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function markRemoved(
  db: Executor,
  organisationId: string,
  id: string,
  a: { accountId: string; at: Date },
): Promise<void> {
  await db
    .updateTable('content_items')
    .set({ removed_at: a.at, updated_by_account_id: a.accountId, updated_at: a.at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
  // A removed item's images and attachments are no longer used: the media sweep removes their files.
  await db
    .deleteFrom('content_item_media')
    .where('organisation_id', '=', organisationId)
    .where('item_id', '=', id)
    .execute();
}

export async function markNotified(
  db: Executor,
  organisationId: string,
  id: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('content_items')
    .set({ notified_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** The item's media ids of one role, in their order. */
export async function selectItemMedia(
  db: Executor,
  organisationId: string,
  itemId: string,
): Promise<{ mediaId: string; role: 'image' | 'attachment' }[]> {
  const rows = await db
    .selectFrom('content_item_media')
    .select(['media_id as mediaId', 'role'])
    .where('organisation_id', '=', organisationId)
    .where('item_id', '=', itemId)
    .execute();
  return rows as { mediaId: string; role: 'image' | 'attachment' }[];
}

/** The kinds of `mediaIds` (image, video, document). */
export async function selectMediaKinds(
  db: Executor,
  organisationId: string,
  mediaIds: readonly string[],
): Promise<Map<string, string>> {
  if (mediaIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('media')
    .select(['id', 'kind'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...mediaIds])
    .execute();
  return new Map(rows.map((r) => [r.id, r.kind]));
}

/** Replaces the item's media with `images` and `attachments`, in their order. */
export async function replaceItemMedia(
  db: Executor,
  organisationId: string,
  itemId: string,
  media: { images: readonly string[]; attachments: readonly string[] },
): Promise<void> {
  await db
    .deleteFrom('content_item_media')
    .where('organisation_id', '=', organisationId)
    .where('item_id', '=', itemId)
    .execute();
  const rows = [
    ...media.images.map((id, position) => ({ media_id: id, role: 'image', position })),
    ...media.attachments.map((id, position) => ({ media_id: id, role: 'attachment', position })),
  ];
  if (rows.length === 0) return;
  await db
    .insertInto('content_item_media')
    .values(rows.map((r) => ({ organisation_id: organisationId, item_id: itemId, ...r })))
    .execute();
}
