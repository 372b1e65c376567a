import { sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import { type Executor, notEndedBefore } from '../../db/sql.ts';

/** The name an account shows under: the staff member's or the guardian's full name. */
const accountName = sql<string>`coalesce(s.first_name || ' ' || s.last_name, gd.first_name || ' ' || gd.last_name, '')`;

/** The groups of a child's placements that have not ended on `today` (current and future), by name. */
export async function selectChildGroups(
  db: Executor,
  organisationId: string,
  childId: string,
  today: string,
) {
  return db
    .selectFrom('placements as p')
    .innerJoin('groups as g', (join) =>
      join.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
    )
    .select(['g.id', 'g.name'])
    .distinct()
    .where('p.organisation_id', '=', organisationId)
    .where('p.child_id', '=', childId)
    .where(notEndedBefore('p.end_date', today))
    .orderBy('g.name')
    .orderBy('g.id')
    .execute();
}

export async function insertThread(
  db: Executor,
  organisationId: string,
  t: { childId: string; groupId: string; subject: string; accountId: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('message_threads')
    .values({
      organisation_id: organisationId,
      child_id: t.childId,
      group_id: t.groupId,
      subject: t.subject,
      started_by_account_id: t.accountId,
      started_at: t.at,
      last_message_at: t.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Adds a message with its attachments (in order), moves the thread's last activity to it and marks the thread
 * read for the writer. Returns the thread's child (for the audit) and the message's id.
 */
export async function insertMessage(
  db: Executor,
  organisationId: string,
  m: { threadId: string; accountId: string; body: string; at: Date; mediaIds: readonly string[] },
): Promise<{ id: string; childId: string }> {
  const row = await db
    .insertInto('messages')
    .values({
      organisation_id: organisationId,
      thread_id: m.threadId,
      author_account_id: m.accountId,
      body: m.body,
      sent_at: m.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (m.mediaIds.length > 0)
    await db
      .insertInto('message_attachments')
      .values(
        m.mediaIds.map((mediaId, position) => ({
          organisation_id: organisationId,
          message_id: row.id,
          media_id: mediaId,
          position,
        })),
      )
      .execute();
  const thread = await db
    .updateTable('message_threads')
    .set({ last_message_at: sql<Date>`greatest(last_message_at, ${m.at})` })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', m.threadId)
    .returning('child_id')
    .executeTakeFirstOrThrow();
  await markRead(db, organisationId, { threadId: m.threadId, accountId: m.accountId, at: m.at });
  return { id: row.id, childId: thread.child_id };
}

/**
 * The account has read the thread up to `at` (never moves back). Returns whether that read anything new: a
 * message of someone else sent after what the account had read (both parts see the rows as they were before).
 */
export async function markRead(
  db: Executor,
  organisationId: string,
  r: { threadId: string; accountId: string; at: Date },
): Promise<boolean> {
  const result = await sql<{ had_unread: boolean }>`
    with upsert as (
      insert into message_reads (organisation_id, thread_id, account_id, read_until)
      values (${organisationId}, ${r.threadId}, ${r.accountId}, ${r.at})
      on conflict (organisation_id, thread_id, account_id)
      do update set read_until = greatest(message_reads.read_until, excluded.read_until)
    )
    select exists (
      select 1 from messages m
      where m.organisation_id = ${organisationId} and m.thread_id = ${r.threadId}
        and m.author_account_id <> ${r.accountId} and m.sent_at <= ${r.at}
        and m.sent_at > coalesce((
          select mr.read_until from message_reads mr
          where mr.organisation_id = ${organisationId} and mr.thread_id = ${r.threadId}
            and mr.account_id = ${r.accountId}
        ), '-infinity'::timestamptz)
    ) as had_unread`.execute(db);
  return result.rows[0]?.had_unread === true;
}

/** Messages of others the account has not read, in the threads `where` picks (`t` is the thread). */
function unreadCount(accountId: string, where: ReturnType<typeof sql>) {
  return sql<string>`(select count(*) from message_threads t
    join messages um on um.organisation_id = t.organisation_id and um.thread_id = t.id
    left join message_reads ur
      on ur.organisation_id = t.organisation_id and ur.thread_id = t.id and ur.account_id = ${accountId}
    where ${where} and um.author_account_id <> ${accountId}
      and (ur.read_until is null or um.sent_at > ur.read_until))`;
}

export interface ThreadFilter {
  threadIds?: readonly string[];
  groupId?: string;
  /** The children whose threads to list (a guardian's children). */
  childIds?: IdQuery;
  /** Threads whose last activity is before this (keyset), and how many rows to read. */
  before?: { at: Date; id: string } | null;
  limit?: number;
}

/** Thread summaries as `accountId` sees them (with its unread count), newest activity first: one query. */
export async function selectThreadSummaries(
  db: Executor,
  organisationId: string,
  accountId: string,
  filter: ThreadFilter,
) {
  let q = db
    .selectFrom('message_threads as mt')
    .innerJoin('children as c', (join) =>
      join.onRef('c.organisation_id', '=', 'mt.organisation_id').onRef('c.id', '=', 'mt.child_id'),
    )
    .innerJoin('groups as g', (join) =>
      join.onRef('g.organisation_id', '=', 'mt.organisation_id').onRef('g.id', '=', 'mt.group_id'),
    )
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('messages as lm')
          .select(['lm.body', 'lm.author_account_id'])
          .whereRef('lm.organisation_id', '=', 'mt.organisation_id')
          .whereRef('lm.thread_id', '=', 'mt.id')
          .orderBy('lm.sent_at', 'desc')
          .orderBy('lm.id', 'desc')
          .limit(1)
          .as('last'),
      (join) => join.onTrue(),
    )
    .innerJoin('accounts as a', (join) =>
      join.onRef('a.organisation_id', '=', 'mt.organisation_id').onRef('a.id', '=', 'last.author_account_id'),
    )
    .leftJoin('staff_members as s', (join) =>
      join.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .leftJoin('guardians as gd', (join) =>
      join.onRef('gd.organisation_id', '=', 'a.organisation_id').onRef('gd.id', '=', 'a.guardian_id'),
    )
    .select([
      'mt.id',
      'mt.child_id as childId',
      sql<string>`c.first_name || ' ' || c.last_name`.as('childName'),
      'mt.group_id as groupId',
      'g.name as groupName',
      'mt.subject',
      'mt.started_at as startedAt',
      'mt.last_message_at as lastMessageAt',
      sql<string>`left(last.body, 140)`.as('lastMessagePreview'),
      accountName.as('lastAuthorName'),
      unreadCount(accountId, sql`t.organisation_id = mt.organisation_id and t.id = mt.id`).as('unread'),
    ])
    .where('mt.organisation_id', '=', organisationId);
  if (filter.threadIds) q = q.where('mt.id', 'in', [...filter.threadIds]);
  if (filter.groupId) q = q.where('mt.group_id', '=', filter.groupId);
  if (filter.childIds) q = q.where('mt.child_id', 'in', filter.childIds);
  const before = filter.before;
  if (before)
    q = q.where((eb) =>
      eb.or([
        eb('mt.last_message_at', '<', before.at),
        eb.and([eb('mt.last_message_at', '=', before.at), eb('mt.id', '<', before.id)]),
      ]),
    );
  q = q.orderBy('mt.last_message_at', 'desc').orderBy('mt.id', 'desc');
  if (filter.limit) q = q.limit(filter.limit);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, unread: Number(r.unread ?? 0) }));
}

/** The messages of a thread (or some of them), oldest first, with their authors and attachments' media ids. */
export async function selectMessages(
  db: Executor,
  organisationId: string,
  threadId: string,
  messageIds?: readonly string[],
) {
  let q = db
    .selectFrom('messages as m')
    .innerJoin('accounts as a', (join) =>
      join.onRef('a.organisation_id', '=', 'm.organisation_id').onRef('a.id', '=', 'm.author_account_id'),
    )
    .leftJoin('staff_members as s', (join) =>
      join.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .leftJoin('guardians as gd', (join) =>
      join.onRef('gd.organisation_id', '=', 'a.organisation_id').onRef('gd.id', '=', 'a.guardian_id'),
    )
    .select((eb) => [
      'm.id',
      'm.thread_id as threadId',
      'm.author_account_id as authorAccountId',
      accountName.as('authorName'),
      'a.kind as authorKind',
      'm.body',
      'm.sent_at as sentAt',
      eb
        .selectFrom('message_attachments as ma')
        .select(sql<string[]>`coalesce(array_agg(ma.media_id order by ma.position), '{}')`.as('ids'))
        .whereRef('ma.organisation_id', '=', 'm.organisation_id')
        .whereRef('ma.message_id', '=', 'm.id')
        .as('mediaIds'),
    ])
    .where('m.organisation_id', '=', organisationId)
    .where('m.thread_id', '=', threadId);
  if (messageIds) q = q.where('m.id', 'in', [...messageIds]);
  return q.orderBy('m.sent_at').orderBy('m.id').execute();
}

/** Unread messages of others in the threads of `groups` for the account, per group (every group listed). */
export async function selectUnreadPerGroup(
  db: Executor,
  organisationId: string,
  accountId: string,
  groups: IdQuery,
) {
  const rows = await db
    .selectFrom('groups as g')
    .select([
      'g.id as groupId',
      'g.name as groupName',
      unreadCount(accountId, sql`t.organisation_id = g.organisation_id and t.group_id = g.id`).as('unread'),
    ])
    .where('g.organisation_id', '=', organisationId)
    .where('g.id', 'in', groups)
    .orderBy('g.name')
    .orderBy('g.id')
    .execute();
  return rows.map((r) => ({ groupId: r.groupId, groupName: r.groupName, unread: Number(r.unread) }));
}

/** Unread messages of others in the threads about `children` for the account. */
export async function selectUnreadOfChildren(
  db: Executor,
  organisationId: string,
  accountId: string,
  children: IdQuery,
): Promise<number> {
  const row = await db
    .selectNoFrom(
      unreadCount(accountId, sql`t.organisation_id = ${organisationId} and t.child_id in (${children})`).as(
        'unread',
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.unread);
}

/** Children with a placement that has not ended in `groups`, with those groups: one row per child and group. */
export async function selectChildrenInGroups(
  db: Executor,
  organisationId: string,
  args: { today: string; groups?: IdQuery; children?: IdQuery },
) {
  let q = db
    .selectFrom('placements as p')
    .innerJoin('children as c', (join) =>
      join.onRef('c.organisation_id', '=', 'p.organisation_id').onRef('c.id', '=', 'p.child_id'),
    )
    .innerJoin('groups as g', (join) =>
      join.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
    )
    .select([
      'c.id',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'g.id as groupId',
      'g.name as groupName',
    ])
    .distinct()
    .where('p.organisation_id', '=', organisationId)
    .where(notEndedBefore('p.end_date', args.today));
  if (args.groups) q = q.where('p.group_id', 'in', args.groups);
  if (args.children) q = q.where('p.child_id', 'in', args.children);
  return q.orderBy('c.first_name').orderBy('c.last_name').orderBy('c.id').orderBy('g.name').execute();
}

/**
 * Everyone who takes part in a thread, the other side of `participantThreads` (messages.actions.ts): the
 * accounts of the child's guardians, and of the staff with any role covering the thread's group (organisation-wide,
 * for its location, or for the group). Enabled accounts only. One query.
 */
export async function selectThreadParticipants(db: Executor, organisationId: string, threadId: string) {
  // Staff take part by any role over the group (its own staff, the location's, the organisation's); `notified`
  // says who is told of a new message: the guardians, and of the staff only the nearest tier that exists (the
  // group's own staff, else the location's, else the organisation's), so an admin is not told of every message
  // of every group.
  const { rows } = await sql<{
    accountId: string;
    kind: 'guardian' | 'staff';
    groupId: string;
    notified: boolean;
  }>`
    WITH staff AS (
      SELECT a.id AS account_id, t.group_id,
        min(CASE WHEN r.group_id = g.id THEN 1 WHEN r.location_id = g.location_id THEN 2 ELSE 3 END) AS tier
      FROM message_threads t
      JOIN groups g ON g.organisation_id = t.organisation_id AND g.id = t.group_id
      JOIN staff_roles r ON r.organisation_id = g.organisation_id AND (
        (r.location_id IS NULL AND r.group_id IS NULL) OR r.location_id = g.location_id OR r.group_id = g.id
      )
      JOIN accounts a ON a.organisation_id = r.organisation_id AND a.staff_member_id = r.staff_member_id
      WHERE t.organisation_id = ${organisationId} AND t.id = ${threadId} AND a.disabled_at IS NULL
      GROUP BY a.id, t.group_id
    )
    SELECT DISTINCT a.id AS "accountId", 'guardian' AS kind, t.group_id AS "groupId", true AS notified
    FROM message_threads t
    JOIN guardian_children gc ON gc.organisation_id = t.organisation_id AND gc.child_id = t.child_id
    JOIN accounts a ON a.organisation_id = gc.organisation_id AND a.guardian_id = gc.guardian_id
    WHERE t.organisation_id = ${organisationId} AND t.id = ${threadId} AND a.disabled_at IS NULL
    UNION ALL
    SELECT account_id, 'staff', group_id, tier = (SELECT min(tier) FROM staff)
    FROM staff`.execute(db);
  return rows;
}

/** What a message notification tells: the thread's subject and child, and who wrote. */
export async function selectMessageFacts(
  db: Executor,
  organisationId: string,
  threadId: string,
  authorAccountId: string,
) {
  return db
    .selectFrom('message_threads as mt')
    .innerJoin('children as c', (join) =>
      join.onRef('c.organisation_id', '=', 'mt.organisation_id').onRef('c.id', '=', 'mt.child_id'),
    )
    .innerJoin('accounts as a', (join) => join.onRef('a.organisation_id', '=', 'mt.organisation_id'))
    .leftJoin('staff_members as s', (join) =>
      join.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .leftJoin('guardians as gd', (join) =>
      join.onRef('gd.organisation_id', '=', 'a.organisation_id').onRef('gd.id', '=', 'a.guardian_id'),
    )
    .select([
      'mt.subject',
      'mt.child_id as childId',
      sql<string>`c.first_name || ' ' || c.last_name`.as('childName'),
      accountName.as('authorName'),
    ])
    .where('mt.organisation_id', '=', organisationId)
    .where('mt.id', '=', threadId)
    .where('a.id', '=', authorAccountId)
    .executeTakeFirstOrThrow();
}
