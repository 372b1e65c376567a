import type { PlanningPolicyField, PlanningPolicyValues } from '@nestje/contract';
import { planningPolicyFields as planningPolicyFieldList } from '@nestje/contract';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/generated/schema.ts';
import type { Executor } from '../../db/sql.ts';

/** The column of each policy field, in both tables. */
export const POLICY_COLUMN = {
  minLeadHours: 'min_lead_hours',
  horizonDays: 'horizon_days',
  cancelDeadlineHours: 'cancel_deadline_hours',
  expiryLeadHours: 'expiry_lead_hours',
  absenceCreditWeeks: 'absence_credit_weeks',
  absenceCreditLeadHours: 'absence_credit_lead_hours',
  absenceCancelDeadlineHours: 'absence_cancel_deadline_hours',
  swapWindowDays: 'swap_window_days',
  swapsPerYear: 'swaps_per_year',
} as const satisfies Record<PlanningPolicyField, string>;

type PolicyColumn = (typeof POLICY_COLUMN)[PlanningPolicyField];
const POLICY_COLUMNS = Object.values(POLICY_COLUMN) as PolicyColumn[];

export type PolicyRow = Record<PolicyColumn, number>;

export type OverrideRow = { group_kind: string } & Record<PolicyColumn, number | null>;

/** The organisation's policy and its name; undefined only for an organisation that does not exist. */
export async function selectPolicy(db: Executor, organisationId: string) {
  return db
    .selectFrom('planning_policies as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select([...POLICY_COLUMNS.map((c) => `p.${c}` as const), 'o.name as organisation_name'])
    .where('p.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** Locks the organisation's policy for a change (one change at a time). */
export async function lockPolicy(trx: Transaction<DB>, organisationId: string): Promise<void> {
  await trx
    .selectFrom('planning_policies')
    .select('organisation_id')
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .execute();
}

export async function selectOverrides(db: Executor, organisationId: string): Promise<OverrideRow[]> {
  return db
    .selectFrom('planning_policy_overrides')
    .select(['group_kind', ...POLICY_COLUMNS])
    .where('organisation_id', '=', organisationId)
    .execute();
}

/** Writes the organisation's values (inserting the row should it be missing). */
export async function upsertPolicy(trx: Transaction<DB>, organisationId: string, row: PolicyRow, at: Date) {
  await trx
    .insertInto('planning_policies')
    .values({ organisation_id: organisationId, ...row, updated_at: at })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ ...row, updated_at: at }))
    .execute();
}

/** Replaces every group kind's overrides by `rows`. */
export async function replaceOverrides(trx: Transaction<DB>, organisationId: string, rows: OverrideRow[]) {
  await trx.deleteFrom('planning_policy_overrides').where('organisation_id', '=', organisationId).execute();
  if (rows.length === 0) return;
  await trx
    .insertInto('planning_policy_overrides')
    .values(rows.map((r) => ({ organisation_id: organisationId, ...r })))
    .execute();
}

/**
 * The policy that applies to a group of the organisation: its kind's overrides over the organisation's values
 * (the same rule as `effectivePolicy`). Undefined when the organisation has no such group.
 */
function effectivePolicies(db: Executor, organisationId: string) {
  return db
    .selectFrom('groups as g')
    .innerJoin('planning_policies as p', 'p.organisation_id', 'g.organisation_id')
    .leftJoin('planning_policy_overrides as o', (j) =>
      j.onRef('o.organisation_id', '=', 'g.organisation_id').onRef('o.group_kind', '=', 'g.kind'),
    )
    .select([
      'g.id as groupId',
      ...planningPolicyFieldList.map((field) =>
        sql<number>`coalesce(${sql.ref(`o.${POLICY_COLUMN[field]}`)}, ${sql.ref(`p.${POLICY_COLUMN[field]}`)})`.as(
          field,
        ),
      ),
    ])
    .where('g.organisation_id', '=', organisationId);
}

export async function selectEffectivePolicy(
  db: Executor,
  organisationId: string,
  groupId: string,
): Promise<PlanningPolicyValues | undefined> {
  const row = await effectivePolicies(db, organisationId).where('g.id', '=', groupId).executeTakeFirst();
  if (!row) return undefined;
  const { groupId: _group, ...values } = row;
  return values;
}

/** The effective policy of each of `groupIds` (one query), by group id. */
export async function selectEffectivePolicies(
  db: Executor,
  organisationId: string,
  groupIds: readonly string[],
): Promise<Map<string, PlanningPolicyValues>> {
  if (groupIds.length === 0) return new Map();
  const rows = await effectivePolicies(db, organisationId)
    .where('g.id', 'in', [...groupIds])
    .execute();
  return new Map(rows.map(({ groupId, ...values }) => [groupId, values]));
}
