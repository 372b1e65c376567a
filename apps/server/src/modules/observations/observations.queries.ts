import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

// All SQL of observations: the forms with their versions, and the observations of children.

/** The organisation's forms, each with its current version (the latest), by title. */
function formRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('observation_forms as f')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('observation_form_versions as v')
          .select(['v.id', 'v.version', 'v.fields', 'v.created_at'])
          .whereRef('v.organisation_id', '=', 'f.organisation_id')
          .whereRef('v.form_id', '=', 'f.id')
          .orderBy('v.version', 'desc')
          .limit(1)
          .as('v'),
      (join) => join.onTrue(),
    )
    .select([
      'f.id',
      'f.title',
      'f.active',
      'v.id as version_id',
      'v.version',
      'v.fields',
      'v.created_at as version_created_at',
    ])
    .where('f.organisation_id', '=', organisationId)
    .orderBy('f.title')
    .orderBy('f.id');
}
export type FormRow = Awaited<ReturnType<ReturnType<typeof formRows>['execute']>>[number];

export function selectForms(
  db: Executor,
  organisationId: string,
  filter: { inactive: boolean; formId?: string },
): Promise<FormRow[]> {
  let q = formRows(db, organisationId);
  if (!filter.inactive) q = q.where('f.active', '=', true);
  if (filter.formId) q = q.where('f.id', '=', filter.formId);
  return q.execute();
}

/** Locks the form (changes to one form one at a time, so version numbers never clash). */
export async function lockForm(db: Executor, organisationId: string, formId: string): Promise<boolean> {
  const row = await db
    .selectFrom('observation_forms')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', formId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertForm(
  db: Executor,
  organisationId: string,
  values: { title: string; createdAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('observation_forms')
    .values({ organisation_id: organisationId, title: values.title, created_at: values.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateForm(
  db: Executor,
  organisationId: string,
  formId: string,
  values: { title: string; active: boolean },
): Promise<void> {
  await db
    .updateTable('observation_forms')
    .set(values)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', formId)
    .execute();
}

export async function insertFormVersion(
  db: Executor,
  organisationId: string,
  values: { formId: string; version: number; fields: unknown; createdAt: Date; accountId: string },
): Promise<void> {
  await db
    .insertInto('observation_form_versions')
    .values({
      organisation_id: organisationId,
      form_id: values.formId,
      version: values.version,
      fields: JSON.stringify(values.fields),
      created_at: values.createdAt,
      created_by_account_id: values.accountId,
    })
    .execute();
}

/** A version with its form, to fill in: whether it is the form's current one and the form is active. */
export function selectFormVersion(db: Executor, organisationId: string, versionId: string) {
  return db
    .selectFrom('observation_form_versions as v')
    .innerJoin('observation_forms as f', (j) =>
      j.onRef('f.organisation_id', '=', 'v.organisation_id').onRef('f.id', '=', 'v.form_id'),
    )
    .select([
      'v.id',
      'v.form_id',
      'v.fields',
      'f.title',
      'f.active',
      sql<boolean>`v.version = (select max(w.version) from observation_form_versions w
        where w.organisation_id = v.organisation_id and w.form_id = v.form_id)`.as('current'),
    ])
    .where('v.organisation_id', '=', organisationId)
    .where('v.id', '=', versionId)
    .executeTakeFirst();
}

const accountName = (alias: 'c' | 's') =>
  sql<string>`(select coalesce(sm.first_name || ' ' || sm.last_name, g.first_name || ' ' || g.last_name, a.email)
    from accounts a
    left join staff_members sm on sm.organisation_id = a.organisation_id and sm.id = a.staff_member_id
    left join guardians g on g.organisation_id = a.organisation_id and g.id = a.guardian_id
    where a.organisation_id = o.organisation_id and a.id = ${sql.ref(`o.${alias === 'c' ? 'created' : 'shared'}_by_account_id`)})`;

/** Observations with their form and version. */
function observationRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('observations as o')
    .innerJoin('observation_form_versions as v', (j) =>
      j.onRef('v.organisation_id', '=', 'o.organisation_id').onRef('v.id', '=', 'o.form_version_id'),
    )
    .innerJoin('observation_forms as f', (j) =>
      j.onRef('f.organisation_id', '=', 'v.organisation_id').onRef('f.id', '=', 'v.form_id'),
    )
    .select([
      'o.id',
      'o.child_id',
      'f.id as form_id',
      'f.title as form_title',
      'v.version as form_version',
      'v.fields',
      sql<string>`to_char(o.observed_on, 'YYYY-MM-DD')`.as('observed_on'),
      'o.status',
      'o.values',
      'o.shared_at',
      accountName('s').as('shared_by_name'),
      accountName('c').as('created_by_name'),
      'o.updated_at',
    ])
    .where('o.organisation_id', '=', organisationId)
    .orderBy('o.observed_on', 'desc')
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id');
}
export type ObservationRow = Awaited<ReturnType<ReturnType<typeof observationRows>['execute']>>[number];

/** Which observations: of one child or of several; one of them; only the shared ones (for guardians). */
export interface ObservationFilter {
  childIds: string[];
  observationId?: string;
  sharedOnly: boolean;
}

export function selectObservations(
  db: Executor,
  organisationId: string,
  filter: ObservationFilter,
): Promise<ObservationRow[]> {
  if (filter.childIds.length === 0) return Promise.resolve([]);
  let q = observationRows(db, organisationId).where('o.child_id', 'in', filter.childIds);
  if (filter.observationId) q = q.where('o.id', '=', filter.observationId);
  if (filter.sharedOnly) q = q.where('o.shared_at', 'is not', null);
  return q.execute();
}

/** The observation of the child, locked for a change. */
export function selectObservationLocked(db: Executor, organisationId: string, childId: string, id: string) {
  return db
    .selectFrom('observations as o')
    .innerJoin('observation_form_versions as v', (j) =>
      j.onRef('v.organisation_id', '=', 'o.organisation_id').onRef('v.id', '=', 'o.form_version_id'),
    )
    .select([
      'o.id',
      'o.status',
      'o.values',
      'v.fields',
      sql<string>`to_char(o.observed_on, 'YYYY-MM-DD')`.as('observed_on'),
      'o.shared_at',
    ])
    .where('o.organisation_id', '=', organisationId)
    .where('o.child_id', '=', childId)
    .where('o.id', '=', id)
    .forUpdate('o')
    .executeTakeFirst();
}

export async function insertObservation(
  db: Executor,
  organisationId: string,
  values: {
    childId: string;
    formVersionId: string;
    observedOn: string;
    status: string;
    values: unknown;
    at: Date;
    accountId: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('observations')
    .values({
      organisation_id: organisationId,
      child_id: values.childId,
      form_version_id: values.formVersionId,
      observed_on: values.observedOn,
      status: values.status,
      values: JSON.stringify(values.values),
      created_at: values.at,
      created_by_account_id: values.accountId,
      updated_at: values.at,
      updated_by_account_id: values.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateObservation(
  db: Executor,
  organisationId: string,
  id: string,
  values: { observedOn: string; status: string; values: unknown; at: Date; accountId: string },
): Promise<void> {
  await db
    .updateTable('observations')
    .set({
      observed_on: values.observedOn,
      status: values.status,
      values: JSON.stringify(values.values),
      updated_at: values.at,
      updated_by_account_id: values.accountId,
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** Shares (with who and when) or unshares the observation. */
export async function updateSharing(
  db: Executor,
  organisationId: string,
  id: string,
  shared: { at: Date; accountId: string } | null,
): Promise<void> {
  await db
    .updateTable('observations')
    .set({ shared_at: shared?.at ?? null, shared_by_account_id: shared?.accountId ?? null })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** Whether the organisation has the observations feature on. */
export async function selectObservationsFeature(db: Executor, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('feature_observations')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.feature_observations ?? false;
}

/** The guardian's children, by first name. */
export function selectGuardianChildren(db: Executor, organisationId: string, guardianId: string) {
  return db
    .selectFrom('guardian_children as gc')
    .innerJoin('children as c', (j) =>
      j.onRef('c.organisation_id', '=', 'gc.organisation_id').onRef('c.id', '=', 'gc.child_id'),
    )
    .select(['c.id', 'c.first_name', 'c.last_name'])
    .where('gc.organisation_id', '=', organisationId)
    .where('gc.guardian_id', '=', guardianId)
    .orderBy('c.first_name')
    .orderBy('c.id')
    .execute();
}
