import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

/** The organisation's forms, each with its current (latest) version, in their order. */
function formRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('declaration_forms as f')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('declaration_form_versions as v')
          .select(['v.id', 'v.version', 'v.title', 'v.description', 'v.fields', 'v.created_at'])
          .whereRef('v.organisation_id', '=', 'f.organisation_id')
          .whereRef('v.form_id', '=', 'f.id')
          .orderBy('v.version', 'desc')
          .limit(1)
          .as('v'),
      (join) => join.onTrue(),
    )
    .select([
      'f.id',
      'f.position',
      'f.active',
      'v.id as version_id',
      'v.version',
      'v.title',
      'v.description',
      'v.fields',
      'v.created_at as version_created_at',
    ])
    .where('f.organisation_id', '=', organisationId)
    .orderBy('f.position')
    .orderBy('f.created_at')
    .orderBy('f.id');
}
export type FormRow = Awaited<ReturnType<ReturnType<typeof formRows>['execute']>>[number];

/** The forms; only the active ones unless `inactive`; for a child also the inactive ones signed for it. */
export async function selectForms(
  db: Executor,
  organisationId: string,
  filter: { inactive?: boolean; formId?: string; signedForChild?: string } = {},
) {
  let q = formRows(db, organisationId);
  if (filter.formId) q = q.where('f.id', '=', filter.formId);
  const childId = filter.signedForChild;
  if (childId) {
    q = q.where((eb) =>
      eb.or([
        eb('f.active', '=', true),
        eb.exists(
          eb
            .selectFrom('declarations as d')
            .select('d.id')
            .whereRef('d.organisation_id', '=', 'f.organisation_id')
            .whereRef('d.form_id', '=', 'f.id')
            .where('d.child_id', '=', childId),
        ),
      ]),
    );
  } else if (!filter.inactive) {
    q = q.where('f.active', '=', true);
  }
  return q.execute();
}

/**
 * One form with its current version, locked: `update` while a version is added, `share` while a declaration is
 * signed on the current version (so a new version cannot slip in between the check and the signature).
 */
export async function selectFormLocked(
  db: Executor,
  organisationId: string,
  formId: string,
  lock: 'update' | 'share',
) {
  const q = formRows(db, organisationId).where('f.id', '=', formId);
  return (lock === 'update' ? q.forUpdate('f') : q.forShare('f')).executeTakeFirst();
}

export async function selectNextPosition(db: Executor, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('declaration_forms')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.next);
}

export async function insertForm(
  db: Executor,
  organisationId: string,
  form: { position: number; createdAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('declaration_forms')
    .values({ organisation_id: organisationId, position: form.position, created_at: form.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFormActive(
  db: Executor,
  organisationId: string,
  formId: string,
  active: boolean,
): Promise<void> {
  await db
    .updateTable('declaration_forms')
    .set({ active })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', formId)
    .execute();
}

export async function insertVersion(
  db: Executor,
  organisationId: string,
  v: {
    formId: string;
    version: number;
    title: string;
    description: string;
    fields: unknown[];
    createdAt: Date;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('declaration_form_versions')
    .values({
      organisation_id: organisationId,
      form_id: v.formId,
      version: v.version,
      title: v.title,
      description: v.description,
      fields: JSON.stringify(v.fields),
      created_at: v.createdAt,
      created_by_account_id: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A child's declarations with the version each was signed on, newest first. */
export async function selectChildDeclarations(db: Executor, organisationId: string, childId: string) {
  return db
    .selectFrom('declarations as d')
    .innerJoin('declaration_form_versions as v', (j) =>
      j.onRef('v.organisation_id', '=', 'd.organisation_id').onRef('v.id', '=', 'd.form_version_id'),
    )
    .select([
      'd.id',
      'd.form_id',
      'd.values',
      'd.guardian_id',
      'd.signed_name',
      'd.signed_at',
      'v.id as version_id',
      'v.version',
      'v.title',
      'v.description',
      'v.fields',
      'v.created_at as version_created_at',
    ])
    .where('d.organisation_id', '=', organisationId)
    .where('d.child_id', '=', childId)
    .orderBy('d.signed_at', 'desc')
    .orderBy('d.seq', 'desc')
    .execute();
}
export type DeclarationRow = Awaited<ReturnType<typeof selectChildDeclarations>>[number];

export async function insertDeclaration(
  db: Executor,
  organisationId: string,
  d: {
    childId: string;
    formId: string;
    versionId: string;
    guardianId: string;
    values: Record<string, unknown>;
    signedName: string;
    signedAt: Date;
    accountId: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('declarations')
    .values({
      organisation_id: organisationId,
      child_id: d.childId,
      form_id: d.formId,
      form_version_id: d.versionId,
      guardian_id: d.guardianId,
      values: JSON.stringify(d.values),
      signed_name: d.signedName,
      signed_at: d.signedAt,
      signed_by_account_id: d.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
