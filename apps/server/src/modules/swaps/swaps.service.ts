import {
  type CreatedRequest,
  type CreateSwapBody,
  createSwapBodySchema,
  type PlanningPolicyValues,
  type SwapOptions,
} from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Principal } from '../../authz/principal.ts';
import { requireReferences } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { Conflict, Forbidden, fieldError } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { localMoment, toDate, todayIn } from '../../time/clock.ts';
import { selectGroupNames } from '../agenda/agenda.queries.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { selectCareDays } from '../care-days/care-days.queries.ts';
import { childRead } from '../families/families.actions.ts';
import { selectEffectivePolicies } from '../planning-policy/planning-policy.queries.ts';
import { lineExpiry } from '../requests/day-parts.ts';
import { lockGroups, selectOccupancy } from '../requests/occupancy.queries.ts';
import { selectChildNames, selectProductNames } from '../requests/options.queries.ts';
import { computeOptions, optionKey } from '../requests/options.service.ts';
import { toRequestLine } from '../requests/request-lines.ts';
import { requestsPlan } from '../requests/requests.actions.ts';
import {
  insertLines,
  insertRequest,
  type NewLine,
  selectGuardianChildIds,
  selectRequestLines,
} from '../requests/requests.queries.ts';
import { countSwaps, selectGivenParts } from './swaps.queries.ts';

const minutes = (start: string, end: string) =>
  Temporal.PlainTime.from(start).until(Temporal.PlainTime.from(end)).total('minutes');

const started = (ctx: AppContext, date: string, start: string) =>
  Temporal.Instant.compare(ctx.clock.now(), localMoment(date, start)) >= 0;

function parseDay(field: string, value: string): Temporal.PlainDate {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw fieldError(field, 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  }
}

/** The planned contract day parts of children on a date that could be given up, with why not. */
async function givableParts(ctx: AppContext, db: Executor, org: string, childIds: string[], date: string) {
  const [days, given] = await Promise.all([
    selectCareDays(db, org, childIds, date, date),
    selectGivenParts(db, org, childIds, date),
  ]);
  return days
    .filter((d) => d.source === 'contract')
    .map((d) => ({
      day: d,
      unavailable: started(ctx, d.date, d.startTime)
        ? ('past' as const)
        : d.absenceLineId
          ? ('absent' as const)
          : given.has(`${d.childId}|${d.startTime}`)
            ? ('given' as const)
            : null,
    }));
}

/** The policy's window around a date: the wanted date lies from … to. */
function windowOf(date: string, policy: PlanningPolicyValues) {
  const d = Temporal.PlainDate.from(date);
  return {
    from: d.subtract({ days: policy.swapWindowDays }).toString(),
    to: d.add({ days: policy.swapWindowDays }).toString(),
  };
}

/** GET /swaps/options?date=: per child the day parts of that date that can be given up, and the swap rules. */
export async function getSwapOptions(
  ctx: AppContext,
  principal: Principal,
  date: string,
): Promise<SwapOptions> {
  if (principal.guardianId === null) throw new Forbidden();
  parseDay('date', date);
  const org = principal.organisationId;
  const childIds = await selectGuardianChildIds(ctx.db, org, principal.guardianId);
  const parts = await givableParts(ctx, ctx.db, org, childIds, date);
  const groupIds = [...new Set(parts.map((p) => p.day.groupId))];
  const [children, groups, products, policies, used] = await Promise.all([
    selectChildNames(ctx.db, org, childIds),
    selectGroupNames(ctx.db, org, groupIds),
    selectProductNames(
      ctx.db,
      org,
      parts.map((p) => p.day.careProductId),
    ),
    selectEffectivePolicies(ctx.db, org, groupIds),
    countSwaps(ctx.db, org, childIds, Number(date.slice(0, 4))),
  ]);
  return {
    date,
    children: children.flatMap((child) => {
      const own = parts.filter((p) => p.day.childId === child.id);
      const policy = own[0] && policies.get(own[0].day.groupId);
      if (!policy) return [];
      const window = windowOf(date, policy);
      return [
        {
          childId: child.id,
          firstName: child.firstName,
          lastName: child.lastName,
          swapsUsed: used.get(child.id) ?? 0,
          swapsPerYear: policy.swapsPerYear,
          windowFrom: window.from,
          windowTo: window.to,
          parts: own.map(({ day, unavailable }) => ({
            groupId: day.groupId,
            groupName: groups.get(day.groupId)?.groupName ?? '',
            careProductId: day.careProductId,
            productName: products.get(day.careProductId) ?? '',
            startTime: day.startTime,
            endTime: day.endTime,
            unavailable,
          })),
        },
      ];
    }),
  };
}

/** Checks that need no database: dates, "als geheel" and the expiry date. */
function checkBody(ctx: AppContext, body: ReturnType<typeof createSwapBodySchema.parse>) {
  body.swaps.forEach((s, i) => {
    parseDay(`swaps.${i}.give.date`, s.give.date);
    parseDay(`swaps.${i}.take.date`, s.take.date);
    if (s.give.date === s.take.date)
      throw fieldError(`swaps.${i}.take.date`, 'same_date', 'Swap to another date');
  });
  const giveDates = new Set(body.swaps.map((s) => s.give.date));
  if (body.assessAsWhole && giveDates.size > 1)
    throw fieldError(
      'assessAsWhole',
      'single_day_only',
      'Only swaps of one single date can be assessed as a whole',
    );
  if (body.expiresOn !== null) {
    const on = parseDay('expiresOn', body.expiresOn);
    if (Temporal.PlainDate.compare(on, todayIn(ctx.clock)) <= 0)
      throw fieldError('expiresOn', 'before_tomorrow', 'The expiry date must lie after today');
    const last = body.swaps
      .flatMap((s) => [s.give.date, s.take.date])
      .sort()
      .at(-1) as string;
    if (body.expiresOn > last)
      throw fieldError('expiresOn', 'after_last_date', 'The expiry date must not lie after the last date');
  }
}

/**
 * POST /swaps (P13): per child a planned contract day part given up for a wanted day part on another date, one
 * request with a `give` and a `take` line per child, assessed like an extra day. Under a lock on the groups, the
 * given-up part must be planned, not started, not absent and not given up already; the wanted part must be
 * requestable as an extra day part (so "already planned" then is `planned`), within the policy's window, not longer
 * than the given-up part (the rest lapses), and within the child's swaps of that year.
 */
export async function requestSwap(
  ctx: AppContext,
  principal: Principal,
  input: CreateSwapBody,
  idempotency: Idempotency | null = null,
): Promise<CreatedRequest> {
  const body = createSwapBodySchema.parse(input);
  if (principal.guardianId === null) throw new Forbidden();
  const guardianId = principal.guardianId;
  checkBody(ctx, body);
  const refs = body.swaps.map((s, i) => ({ id: s.childId, path: `swaps.${i}.childId` }));
  await requireReferences(ctx, principal, { use: requestsPlan.name, see: childRead.name }, refs);
  const org = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx) => {
    await lockGroups(
      trx,
      org,
      body.swaps.flatMap((s) => [s.give.groupId, s.take.groupId]),
    );
    const policies = await selectEffectivePolicies(trx, org, [
      ...new Set(body.swaps.map((s) => s.give.groupId)),
    ]);
    const counted = new Map<string, number>();
    const lines: NewLine[] = [];
    for (const [i, s] of body.swaps.entries()) {
      const field = `swaps.${i}`;
      const parts = await givableParts(ctx, trx, org, [s.childId], s.give.date);
      const give = parts.find(
        (p) =>
          p.day.groupId === s.give.groupId &&
          p.day.careProductId === s.give.careProductId &&
          p.day.startTime === s.give.startTime,
      );
      if (!give) throw fieldError(`${field}.give`, 'not_planned', 'This day part is not planned');
      if (give.unavailable)
        throw fieldError(`${field}.give`, give.unavailable, 'This day part cannot be given up');
      const policy = policies.get(s.give.groupId) as PlanningPolicyValues;
      if (policy.swapsPerYear === 0) throw fieldError(field, 'swaps_off', 'This group has no swaps');
      const window = windowOf(s.give.date, policy);
      if (s.take.date < window.from || s.take.date > window.to)
        throw fieldError(`${field}.take.date`, 'outside_window', `Swap within ${policy.swapWindowDays} days`);
      const year = Number(s.give.date.slice(0, 4));
      const key = `${s.childId}|${year}`;
      if (!counted.has(key))
        counted.set(key, (await countSwaps(trx, org, [s.childId], year)).get(s.childId) ?? 0);
      const count = (counted.get(key) ?? 0) + 1;
      if (count > policy.swapsPerYear) throw fieldError(field, 'swaps_exhausted', 'No swaps left this year');
      counted.set(key, count);
      const { evaluated } = await computeOptions(trx, ctx.clock, org, [s.childId], s.take.date, s.take.date);
      const take = evaluated.get(optionKey(s.childId, s.take.groupId, s.take.date, s.take.careProductId));
      if (!take)
        throw fieldError(
          `${field}.take.careProductId`,
          'unknown_reference',
          'Not a day part of the group then',
        );
      const reason = take.option.unavailable[0];
      if (reason) throw fieldError(`${field}.take.careProductId`, reason, 'This day part cannot be wanted');
      if (
        minutes(take.product.startTime, take.product.endTime) > minutes(give.day.startTime, give.day.endTime)
      )
        throw fieldError(field, 'take_longer', 'The wanted time is longer than the time given up');
      const expiry = [
        lineExpiry(s.take.date, take.product.startTime, take.policy, body.expiresOn),
        lineExpiry(s.give.date, give.day.startTime, policy, body.expiresOn),
      ].sort(Temporal.Instant.compare)[0] as Temporal.Instant;
      const bookingId = crypto.randomUUID();
      const common = { bookingId, childId: s.childId, priceCents: 0, expiresAt: toDate(expiry) };
      lines.push(
        {
          ...common,
          id: crypto.randomUUID(),
          role: 'give',
          groupId: give.day.groupId,
          careProductId: give.day.careProductId,
          date: give.day.date,
          startTime: give.day.startTime,
          endTime: give.day.endTime,
        },
        {
          ...common,
          id: crypto.randomUUID(),
          role: 'take',
          groupId: s.take.groupId,
          careProductId: take.product.id,
          date: s.take.date,
          startTime: take.product.startTime,
          endTime: take.product.endTime,
        },
      );
    }
    const requestId = await insertRequest(trx, {
      organisationId: org,
      kind: 'swap',
      guardianId,
      accountId: principal.accountId,
      assessAsWhole: body.assessAsWhole,
      expiresOn: body.expiresOn,
      comment: body.comment,
      submittedAt: toDate(ctx.clock.now()),
    });
    try {
      await insertLines(trx, org, requestId, lines);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === '23P01' || code === '23505')
        throw new Conflict('request.overlap', 'Two day parts of one child overlap or are given up twice');
      throw err;
    }
    const takes = lines.filter((l) => l.role === 'take');
    const after = await selectOccupancy(trx, org, takes);
    after.forEach((o, k) => {
      if (o.total > o.capacity) {
        const index = body.swaps.findIndex((s) => s.childId === takes[k]?.childId);
        throw fieldError(`swaps.${index}.take.careProductId`, 'full', 'The group has no free place then');
      }
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'swap.requested',
      childIds: [...new Set(body.swaps.map((s) => s.childId))],
      subjectType: 'request',
      subjectId: requestId,
      details: { swaps: body.swaps.length, assessAsWhole: body.assessAsWhole, expiresOn: body.expiresOn },
    });
    const rows = await selectRequestLines(trx, org, requestId);
    const now = ctx.clock.now();
    return { requestId, lines: rows.map((r) => toRequestLine(r, now)), skipped: [] };
  });
}
