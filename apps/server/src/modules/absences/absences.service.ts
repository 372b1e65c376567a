import {
  ABSENCE_PERIOD_MAX_DAYS,
  type AbsenceLine,
  type AbsenceLineList,
  type AbsenceOptions,
  type AbsencePart,
  type CreateAbsenceBody,
  type CreatedAbsence,
  createAbsenceBodySchema,
  type PlanningPolicyValues,
} from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Principal } from '../../authz/principal.ts';
import { requireReferences } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import { type GroupCursor, pageOfGroups, parseGroupCursor } from '../../db/cursor.ts';
import type { Executor } from '../../db/sql.ts';
import { AppError, Conflict, Forbidden, fieldError } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { localMoment, toDate, todayIn } from '../../time/clock.ts';
import { selectGroupNames } from '../agenda/agenda.queries.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type CareDayRow, selectCareDays } from '../care-days/care-days.queries.ts';
import { insertCredit, insertEntries, lockAbsenceCredit } from '../credits/credit-ledger.queries.ts';
import { childRead } from '../families/families.actions.ts';
import { selectEffectivePolicies } from '../planning-policy/planning-policy.queries.ts';
import { selectChildNames, selectProductNames } from '../requests/options.queries.ts';
import { requestsPlan } from '../requests/requests.actions.ts';
import { selectGuardianChildIds } from '../requests/requests.queries.ts';
import { notifyOtherGuardians } from './absence-notifications.ts';
import {
  type AbsenceLineRow,
  cancelAbsenceLine,
  insertAbsence,
  insertAbsenceLines,
  lockAbsenceLine,
  selectAbsenceLinesById,
  selectCreditsFeature,
  selectGuardianAbsenceLines,
} from './absences.queries.ts';

const minutesOf = (start: string, end: string) =>
  Temporal.PlainTime.from(start).until(Temporal.PlainTime.from(end)).total('minutes');

/** Until when reporting a day part absent yields a credit; null when the policy (or the feature) gives none. */
function creditDeadline(policy: PlanningPolicyValues, credits: boolean, date: string, start: string) {
  if (!credits || policy.absenceCreditWeeks === 0) return null;
  return localMoment(date, start).subtract({ hours: policy.absenceCreditLeadHours });
}

/** The credit reporting the day part now yields: its minutes, valid until N weeks after the absent day. */
function creditNow(ctx: AppContext, policy: PlanningPolicyValues, credits: boolean, day: CareDayRow) {
  const deadline = creditDeadline(policy, credits, day.date, day.startTime);
  if (deadline === null || Temporal.Instant.compare(ctx.clock.now(), deadline) > 0) return null;
  return {
    minutes: minutesOf(day.startTime, day.endTime),
    validUntil: Temporal.PlainDate.from(day.date).add({ weeks: policy.absenceCreditWeeks }).toString(),
  };
}

function checkPeriod(from: string, to: string) {
  let start: Temporal.PlainDate;
  let end: Temporal.PlainDate;
  try {
    start = Temporal.PlainDate.from(from, { overflow: 'reject' });
    end = Temporal.PlainDate.from(to, { overflow: 'reject' });
  } catch {
    throw fieldError('from', 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  }
  if (Temporal.PlainDate.compare(end, start) < 0)
    throw fieldError('to', 'date_order', 'The end lies before the start');
  if (start.until(end).days + 1 > ABSENCE_PERIOD_MAX_DAYS)
    throw fieldError('to', 'too_long', `At most ${ABSENCE_PERIOD_MAX_DAYS} days`);
}

/** Whether a planned day part has ended (absences are reported for day parts still to come or under way). */
const ended = (ctx: AppContext, day: { date: string; endTime: string }) =>
  Temporal.Instant.compare(ctx.clock.now(), localMoment(day.date, day.endTime)) >= 0;

interface Facts {
  days: CareDayRow[];
  policies: Map<string, PlanningPolicyValues>;
  credits: boolean;
}

async function planned(
  db: Executor,
  org: string,
  childIds: string[],
  from: string,
  to: string,
): Promise<Facts> {
  const days = await selectCareDays(db, org, childIds, from, to);
  const [policies, credits] = await Promise.all([
    selectEffectivePolicies(db, org, [...new Set(days.map((d) => d.groupId))]),
    selectCreditsFeature(db, org),
  ]);
  return { days, policies, credits };
}

/** GET /absences/options: the planned day parts of the guardian's children, with what reporting them yields. */
export async function getAbsenceOptions(
  ctx: AppContext,
  principal: Principal,
  from: string,
  to: string | undefined,
): Promise<AbsenceOptions> {
  if (principal.guardianId === null) throw new Forbidden();
  const end = to ?? from;
  checkPeriod(from, end);
  const org = principal.organisationId;
  const childIds = await selectGuardianChildIds(ctx.db, org, principal.guardianId);
  const facts = await planned(ctx.db, org, childIds, from, end);
  const [children, groups, products] = await Promise.all([
    selectChildNames(ctx.db, org, childIds),
    selectGroupNames(
      ctx.db,
      org,
      facts.days.map((d) => d.groupId),
    ),
    selectProductNames(
      ctx.db,
      org,
      facts.days.map((d) => d.careProductId),
    ),
  ]);
  const parts: AbsencePart[] = facts.days.map((day) => {
    const policy = facts.policies.get(day.groupId) as PlanningPolicyValues;
    const deadline = creditDeadline(policy, facts.credits, day.date, day.startTime);
    return {
      childId: day.childId,
      groupId: day.groupId,
      groupName: groups.get(day.groupId)?.groupName ?? '',
      careProductId: day.careProductId,
      productName: products.get(day.careProductId) ?? '',
      date: day.date,
      startTime: day.startTime,
      endTime: day.endTime,
      source: day.source,
      unavailable: day.absenceLineId ? 'absent' : ended(ctx, day) ? 'past' : null,
      credit: day.absenceLineId || ended(ctx, day) ? null : creditNow(ctx, policy, facts.credits, day),
      creditDeadline: deadline?.toString() ?? null,
    };
  });
  parts.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  return {
    children: children.map((c) => ({ id: c.id, firstName: c.firstName, lastName: c.lastName })),
    parts,
  };
}

function cancelState(row: AbsenceLineRow, now: Temporal.Instant): AbsenceLine['cancel'] {
  const deadline = localMoment(row.date, row.startTime).subtract({ hours: row.cancelDeadlineHours });
  if (row.status !== 'registered') return { allowed: false, refusal: 'not_registered', deadline: null };
  if (Temporal.Instant.compare(now, deadline) >= 0)
    return { allowed: false, refusal: 'deadline_passed', deadline: deadline.toString() };
  if (row.creditId && (row.creditRemaining ?? 0) < (row.creditInitial ?? 0))
    return { allowed: false, refusal: 'credit_used', deadline: deadline.toString() };
  return { allowed: true, refusal: null, deadline: deadline.toString() };
}

export function toAbsenceLine(row: AbsenceLineRow, now: Temporal.Instant): AbsenceLine {
  return {
    id: row.id,
    absenceId: row.absenceId,
    childId: row.childId,
    childName: row.childName,
    groupId: row.groupId,
    groupName: row.groupName,
    productName: row.productName,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    reason: row.reason,
    comment: row.comment,
    status: row.status,
    submittedAt: row.submittedAt.toISOString(),
    submittedBy: row.submittedBy,
    credit:
      row.creditId && row.creditValidUntil
        ? {
            id: row.creditId,
            amount: row.creditInitial ?? 0,
            remaining: row.creditRemaining ?? 0,
            validUntil: row.creditValidUntil,
          }
        : null,
    cancel: cancelState(row, now),
  };
}

/**
 * POST /absences (P14): registers the chosen planned day parts absent at once, and, where the policy gives
 * credits and the report is in time, a credit per day part of its minutes (minutes; valid from today until the
 * policy's weeks after the absent day).
 */
export async function reportAbsence(
  ctx: AppContext,
  principal: Principal,
  input: CreateAbsenceBody,
  idempotency: Idempotency | null = null,
): Promise<CreatedAbsence> {
  const body = createAbsenceBodySchema.parse(input);
  if (principal.guardianId === null) throw new Forbidden();
  const guardianId = principal.guardianId;
  const refs = body.parts.map((p, i) => ({ id: p.childId, path: `parts.${i}.childId` }));
  await requireReferences(ctx, principal, { use: requestsPlan.name, see: childRead.name }, refs);
  const dates = body.parts.map((p) => p.date).sort();
  const from = dates[0] as string;
  const to = dates[dates.length - 1] as string;
  checkPeriod(from, to);
  const org = principal.organisationId;
  const childIds = [...new Set(body.parts.map((p) => p.childId))];
  return idempotentTransaction(ctx, idempotency, async (trx) => {
    const facts = await planned(trx, org, childIds, from, to);
    const at = toDate(ctx.clock.now());
    const lines = body.parts.map((p, i) => {
      const day = facts.days.find(
        (d) =>
          d.childId === p.childId &&
          d.groupId === p.groupId &&
          d.date === p.date &&
          d.careProductId === p.careProductId &&
          d.startTime === p.startTime,
      );
      if (!day) throw fieldError(`parts.${i}`, 'not_planned', 'This day part is not planned');
      if (day.absenceLineId)
        throw fieldError(`parts.${i}`, 'absent', 'This day part is reported absent already');
      if (ended(ctx, day)) throw fieldError(`parts.${i}`, 'past', 'This day part has ended');
      return { day, id: crypto.randomUUID() };
    });
    const absenceId = await insertAbsence(trx, {
      organisationId: org,
      guardianId,
      accountId: principal.accountId,
      reason: body.reason,
      comment: body.comment,
      at,
    });
    try {
      await insertAbsenceLines(
        trx,
        org,
        absenceId,
        lines.map(({ day, id }) => ({
          id,
          childId: day.childId,
          groupId: day.groupId,
          careProductId: day.careProductId,
          date: day.date,
          startTime: day.startTime,
          endTime: day.endTime,
          requestLineId: day.requestLineId,
        })),
      );
    } catch (err) {
      if ((err as { code?: unknown }).code === '23P01')
        throw new Conflict('absence.overlap', 'A day part is reported twice');
      throw err;
    }
    const today = todayIn(ctx.clock).toString();
    for (const { day, id } of lines) {
      const credit = creditNow(
        ctx,
        facts.policies.get(day.groupId) as PlanningPolicyValues,
        facts.credits,
        day,
      );
      if (!credit) continue;
      await insertCredit(trx, org, {
        childId: day.childId,
        unit: 'minutes',
        source: 'absence',
        absenceLineId: id,
        validFrom: today,
        validUntil: credit.validUntil,
        weekType: 'any',
        description: `${day.date} ${day.startTime}–${day.endTime}`,
        amount: credit.minutes,
        at,
        byAccountId: principal.accountId,
      });
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'absence.reported',
      childIds,
      subjectType: 'absence',
      subjectId: absenceId,
      details: { lines: lines.length, reason: body.reason },
    });
    await notifyOtherGuardians(ctx, trx, org, absenceId, body.reason);
    const rows = await selectAbsenceLinesById(
      trx,
      org,
      lines.map((l) => l.id),
    );
    const now = ctx.clock.now();
    return { absenceId, lines: rows.map((r) => toAbsenceLine(r, now)) };
  });
}

/** GET /absences: every absence line of the guardian's children (P15), newest report first. */
export async function listAbsenceLines(
  ctx: AppContext,
  principal: Principal,
  query: { before?: string; limit: number },
): Promise<AbsenceLineList> {
  if (principal.guardianId === null) throw new Forbidden();
  const rows = await selectGuardianAbsenceLines(
    ctx.db,
    principal.organisationId,
    principal.guardianId,
    absenceCursor(parseGroupCursor(query.before)),
    query.limit,
  );
  const { page, nextBefore } = pageOfGroups(rows, query.limit, (r) => ({
    at: r.submittedAt,
    id: r.absenceId,
  }));
  const now = ctx.clock.now();
  return { lines: page.map((r) => toAbsenceLine(r, now)), nextBefore };
}

/**
 * POST /absence-lines/:lineId/cancel: the day part is planned again. Allowed until the policy's deadline; the
 * credit it yielded is withdrawn, and while something of that credit is used the cancel is refused (the parent
 * first cancels what it paid for).
 */
export async function cancelAbsence(ctx: AppContext, principal: Principal, lineId: string) {
  const org = principal.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const line = await lockAbsenceLine(trx, org, lineId);
    if (line?.status !== 'registered')
      throw new Conflict('absence.not_registered', 'This absence is cancelled already');
    const [row] = await selectAbsenceLinesById(trx, org, [lineId]);
    const now = ctx.clock.now();
    const state = cancelState(row as AbsenceLineRow, now);
    if (state.refusal === 'deadline_passed')
      throw new AppError(409, 'absence.deadline_passed', `Cancelling was possible until ${state.deadline}`);
    const credit = await lockAbsenceCredit(trx, org, lineId);
    const at = toDate(now);
    if (credit) {
      if (credit.remaining < credit.granted)
        throw new AppError(409, 'absence.credit_used', 'The credit of this absence has been used');
      if (credit.remaining > 0)
        await insertEntries(trx, org, [
          {
            creditId: credit.id,
            kind: 'withdrawal',
            amount: -credit.remaining,
            at,
            byAccountId: principal.accountId,
            reason: 'absence cancelled',
          },
        ]);
    }
    await cancelAbsenceLine(trx, org, lineId, at, principal.accountId);
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'absence.cancelled',
      childIds: [line.childId],
      subjectType: 'absence',
      subjectId: lineId,
    });
    const [after] = await selectAbsenceLinesById(trx, org, [lineId]);
    return { line: toAbsenceLine(after as AbsenceLineRow, now) };
  });
}

const absenceCursor = (c: GroupCursor | null) => (c === null ? null : { submittedAt: c.at, absenceId: c.id });
