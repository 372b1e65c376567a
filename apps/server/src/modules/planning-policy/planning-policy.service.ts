import {
  type GroupKind,
  groupKinds,
  type PlanningPolicy,
  type PlanningPolicyOverride,
  type PlanningPolicyValues,
  planningPolicyFields,
  type UpdatePlanningPolicyBody,
} from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { fieldError, NotFound } from '../../errors.ts';
import { toDate } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import { effectivePolicy } from './effective-policy.ts';
import * as q from './planning-policy.queries.ts';

export { effectivePolicy } from './effective-policy.ts';

function toValues(row: q.PolicyRow): PlanningPolicyValues {
  return Object.fromEntries(
    planningPolicyFields.map((field) => [field, row[q.POLICY_COLUMN[field]]]),
  ) as PlanningPolicyValues;
}

function toRow(values: PlanningPolicyValues): q.PolicyRow {
  return Object.fromEntries(
    planningPolicyFields.map((field) => [q.POLICY_COLUMN[field], values[field]]),
  ) as q.PolicyRow;
}

function toOverrideRow(o: PlanningPolicyOverride): q.OverrideRow {
  return {
    group_kind: o.groupKind,
    ...(Object.fromEntries(planningPolicyFields.map((field) => [q.POLICY_COLUMN[field], o[field]])) as Omit<
      q.OverrideRow,
      'group_kind'
    >),
  };
}

/** One entry per group kind, in the order of `groupKinds`; a kind without overrides has only nulls. */
function toOverrides(rows: q.OverrideRow[]): PlanningPolicyOverride[] {
  return groupKinds.map((groupKind) => {
    const row = rows.find((r) => r.group_kind === groupKind);
    return {
      groupKind,
      ...(Object.fromEntries(
        planningPolicyFields.map((field) => [field, row?.[q.POLICY_COLUMN[field]] ?? null]),
      ) as Omit<PlanningPolicyOverride, 'groupKind'>),
    };
  });
}

function toPolicy(organisation: PlanningPolicyValues, overrides: PlanningPolicyOverride[]): PlanningPolicy {
  return {
    organisation,
    overrides,
    effective: overrides.map((o) => ({ groupKind: o.groupKind, ...effectivePolicy(organisation, o) })),
  };
}

async function readPolicy(db: Executor, organisationId: string) {
  const row = await q.selectPolicy(db, organisationId);
  if (!row) throw new NotFound();
  const organisation = toValues(row);
  return {
    name: row.organisation_name,
    policy: toPolicy(organisation, toOverrides(await q.selectOverrides(db, organisationId))),
  };
}

/** The fields of a policy as the audit log names them: `minLeadHours`, `BSO.minLeadHours`… */
function auditView(policy: PlanningPolicy): Record<string, unknown> {
  const view: Record<string, unknown> = { ...policy.organisation };
  for (const o of policy.overrides) {
    for (const field of planningPolicyFields) view[`${o.groupKind}.${field}`] = o[field];
  }
  return view;
}

export async function getPlanningPolicy(ctx: AppContext, principal: Principal): Promise<PlanningPolicy> {
  return (await readPolicy(ctx.db, principal.organisationId)).policy;
}

/** The body's overrides, one per kind; a kind listed twice is `overrides.<i>.groupKind` `taken`. */
function overridesOf(body: UpdatePlanningPolicyBody): PlanningPolicyOverride[] {
  const seen = new Set<GroupKind>();
  body.overrides.forEach((o, i) => {
    if (seen.has(o.groupKind)) {
      throw fieldError(`overrides.${i}.groupKind`, 'taken', 'This group kind is listed more than once');
    }
    seen.add(o.groupKind);
  });
  return toOverrides(body.overrides.map(toOverrideRow));
}

/** Replaces the organisation's values and every kind's overrides in one transaction, audited with the changes. */
export async function updatePlanningPolicy(
  ctx: AppContext,
  principal: Principal,
  body: UpdatePlanningPolicyBody,
): Promise<PlanningPolicy> {
  const overrides = overridesOf(body);
  const organisationId = principal.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    await q.lockPolicy(trx, organisationId);
    const before = await readPolicy(trx, organisationId);
    const after = toPolicy(body.organisation, overrides);
    const details = changeDetails(auditView(before.policy), auditView(after));
    if (details.fields.length === 0) return before.policy;
    const org = body.organisation;
    await q.upsertPolicy(trx, organisationId, toRow(org), toDate(ctx.clock.now()));
    await q.replaceOverrides(
      trx,
      organisationId,
      overrides.filter((o) => planningPolicyFields.some((field) => o[field] !== null)).map(toOverrideRow),
    );
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: principal.accountId,
      action: 'planningPolicy.update',
      subjectType: 'organisation',
      subjectId: organisationId,
      subjectLabel: before.name,
      details,
    });
    return after;
  });
}
