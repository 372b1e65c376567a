import { type ExpressionBuilder, type OnConflictDatabase, type OnConflictTables, sql } from 'kysely';
import type { DB } from '../../db/generated/schema.ts';
import type { Executor } from '../../db/sql.ts';

/** The organisation's consent items, each with its current text (the latest version), in their order. */
function itemRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('consent_items as ci')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('consent_texts as ct')
          .select(['ct.id', 'ct.version', 'ct.body', 'ct.created_at'])
          .whereRef('ct.organisation_id', '=', 'ci.organisation_id')
          .whereRef('ct.consent_item_id', '=', 'ci.id')
          .orderBy('ct.version', 'desc')
          .limit(1)
          .as('t'),
      (join) => join.onTrue(),
    )
    .select([
      'ci.id',
      'ci.key',
      'ci.title',
      'ci.position',
      'ci.active',
      't.id as text_id',
      't.version as text_version',
      't.body as text_body',
      't.created_at as text_created_at',
    ])
    .where('ci.organisation_id', '=', organisationId)
    .orderBy('ci.position')
    .orderBy('ci.created_at')
    .orderBy('ci.id');
}
export type ItemRow = Awaited<ReturnType<ReturnType<typeof itemRows>['execute']>>[number];

export interface ItemFilter {
  /** Inactive items too. */
  inactive?: boolean;
  itemId?: string;
  /** Inactive items that have an answer for this child (the child file keeps showing them). */
  answeredForChild?: string;
}

export async function selectItems(db: Executor, organisationId: string, filter: ItemFilter = {}) {
  let q = itemRows(db, organisationId);
  if (filter.itemId) q = q.where('ci.id', '=', filter.itemId);
  const childId = filter.answeredForChild;
  if (childId) {
    q = q.where((eb) =>
      eb.or([
        eb('ci.active', '=', true),
        eb.exists(
          eb
            .selectFrom('consent_answers as ca')
            .select('ca.id')
            .whereRef('ca.organisation_id', '=', 'ci.organisation_id')
            .whereRef('ca.consent_item_id', '=', 'ci.id')
            .where('ca.child_id', '=', childId),
        ),
      ]),
    );
  } else if (!filter.inactive) {
    q = q.where('ci.active', '=', true);
  }
  return q.execute();
}

/**
 * One item with its current text, locked: `update` while its text or fields change, `share` while an answer to
 * its current text is recorded (so a new version cannot slip in between the check and the answer).
 */
export async function selectItemLocked(
  db: Executor,
  organisationId: string,
  itemId: string,
  lock: 'update' | 'share',
) {
  const q = itemRows(db, organisationId).where('ci.id', '=', itemId);
  return (lock === 'update' ? q.forUpdate('ci') : q.forShare('ci')).executeTakeFirst();
}

export async function selectNextPosition(db: Executor, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('consent_items')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.next);
}

export async function insertItem(
  db: Executor,
  organisationId: string,
  item: { title: string; position: number; createdAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('consent_items')
    .values({
      organisation_id: organisationId,
      title: item.title,
      position: item.position,
      created_at: item.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItem(
  db: Executor,
  organisationId: string,
  itemId: string,
  set: Partial<{ title: string; position: number; active: boolean }>,
): Promise<void> {
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('consent_items')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', itemId)
    .execute();
}

export async function insertText(
  db: Executor,
  organisationId: string,
  text: { itemId: string; version: number; body: string; createdAt: Date; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('consent_texts')
    .values({
      organisation_id: organisationId,
      consent_item_id: text.itemId,
      version: text.version,
      body: text.body,
      created_at: text.createdAt,
      created_by_account_id: text.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The guardians with parental authority of a child, in the order they were linked. */
export async function selectAuthorityGuardians(db: Executor, organisationId: string, childId: string) {
  return db
    .selectFrom('guardian_children as gc')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.organisation_id', '=', 'gc.organisation_id').onRef('g.id', '=', 'gc.guardian_id'),
    )
    .select(['g.id', sql<string>`g.first_name || ' ' || g.last_name`.as('name')])
    .where('gc.organisation_id', '=', organisationId)
    .where('gc.child_id', '=', childId)
    .where('gc.parental_authority', '=', true)
    .orderBy('gc.created_at')
    .orderBy('g.last_name')
    .orderBy('g.first_name')
    .orderBy('g.id')
    .execute();
}

/** Answers with the names of the guardian and of the account that gave them, and the version of the text. */
function answerRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('consent_answers as ca')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.organisation_id', '=', 'ca.organisation_id').onRef('g.id', '=', 'ca.guardian_id'),
    )
    .innerJoin('consent_texts as ct', (j) =>
      j.onRef('ct.organisation_id', '=', 'ca.organisation_id').onRef('ct.id', '=', 'ca.consent_text_id'),
    )
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.organisation_id', '=', 'ca.organisation_id').onRef('a.id', '=', 'ca.answered_by_account_id'),
    )
    .leftJoin('guardians as ag', (j) =>
      j.onRef('ag.organisation_id', '=', 'a.organisation_id').onRef('ag.id', '=', 'a.guardian_id'),
    )
    .leftJoin('staff_members as sm', (j) =>
      j.onRef('sm.organisation_id', '=', 'a.organisation_id').onRef('sm.id', '=', 'a.staff_member_id'),
    )
    .select([
      'ca.id',
      'ca.consent_item_id',
      'ca.guardian_id',
      sql<string>`g.first_name || ' ' || g.last_name`.as('guardian_name'),
      sql<string>`coalesce(ag.first_name || ' ' || ag.last_name, sm.first_name || ' ' || sm.last_name, a.email)`.as(
        'answered_by_name',
      ),
      'ca.granted',
      'ca.answered_at',
      'ct.version as text_version',
    ])
    .where('ca.organisation_id', '=', organisationId);
}
export type AnswerRow = Awaited<ReturnType<ReturnType<typeof answerRows>['execute']>>[number];

/** Every answer for a child, newest first. */
export async function selectChildHistory(db: Executor, organisationId: string, childId: string) {
  return answerRows(db, organisationId)
    .where('ca.child_id', '=', childId)
    .orderBy('ca.answered_at', 'desc')
    .orderBy('ca.id', 'desc')
    .execute();
}

/** Each guardian's current answer per item for a child (kept in consent_states). */
export async function selectChildCurrentAnswers(db: Executor, organisationId: string, childId: string) {
  return answerRows(db, organisationId)
    .innerJoin('consent_states as cs', (j) =>
      j.onRef('cs.organisation_id', '=', 'ca.organisation_id').onRef('cs.answer_id', '=', 'ca.id'),
    )
    .where('cs.child_id', '=', childId)
    .execute();
}

/** The key of consent_states: one current answer per child, item and guardian. */
const STATE_KEY = ['organisation_id', 'child_id', 'consent_item_id', 'guardian_id'] as const;

/** On a second answer the state takes the new answer. */
const latestAnswer = (
  eb: ExpressionBuilder<OnConflictDatabase<DB, 'consent_states'>, OnConflictTables<'consent_states'>>,
) => ({
  answer_id: eb.ref('excluded.answer_id'),
  granted: eb.ref('excluded.granted'),
});

/** Records an answer and makes it the guardian's current one, in the caller's transaction. */
export async function insertAnswer(
  db: Executor,
  organisationId: string,
  a: {
    childId: string;
    guardianId: string;
    itemId: string;
    textId: string;
    granted: boolean;
    answeredAt: Date;
    accountId: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('consent_answers')
    .values({
      organisation_id: organisationId,
      child_id: a.childId,
      guardian_id: a.guardianId,
      consent_item_id: a.itemId,
      consent_text_id: a.textId,
      granted: a.granted,
      answered_at: a.answeredAt,
      answered_by_account_id: a.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('consent_states')
    .values({
      organisation_id: organisationId,
      child_id: a.childId,
      consent_item_id: a.itemId,
      guardian_id: a.guardianId,
      answer_id: row.id,
      granted: a.granted,
    })
    .onConflict((oc) => oc.columns(STATE_KEY).doUpdateSet(latestAnswer))
    .execute();
  return row.id;
}

/** Every link of a guardian with parental authority to a child, with the guardian's account (the demo answers). */
export async function selectAuthorityLinks(db: Executor, organisationId: string) {
  return db
    .selectFrom('guardian_children as gc')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.organisation_id', '=', 'gc.organisation_id').onRef('a.guardian_id', '=', 'gc.guardian_id'),
    )
    .select(['gc.child_id', 'gc.guardian_id', 'a.id as account_id'])
    .where('gc.organisation_id', '=', organisationId)
    .where('gc.parental_authority', '=', true)
    .orderBy('gc.child_id')
    .orderBy('gc.created_at')
    .execute();
}
