import {
  type CreatedRequest,
  type CreateRequestBody,
  createRequestBodySchema,
  REQUEST_PERIOD_MAX_DAYS,
  type RequestLineList,
  type RequestOptions,
} from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Principal } from '../../authz/principal.ts';
import { requireReferences } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import { type GroupCursor, pageOfGroups, parseGroupCursor } from '../../db/cursor.ts';
import { AppError, Conflict, Forbidden, fieldError } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertEntries, refundClosedLines } from '../credits/credit-ledger.queries.ts';
import { childRead } from '../families/families.actions.ts';
import { selectEffectivePolicy } from '../planning-policy/planning-policy.queries.ts';
import { type Paying, spendCredits } from './credit-payment.ts';
import { cancelDeadline, lineExpiry } from './day-parts.ts';
import { lockGroups, selectOccupancy } from './occupancy.queries.ts';
import { computeOptions, optionKey } from './options.service.ts';
import { concludeRequests, toRequestLine } from './request-lines.ts';
import { requestsPlan } from './requests.actions.ts';
import {
  closeLines,
  insertLines,
  insertRequest,
  lockOpenBookingLines,
  type NewLine,
  selectGuardianChildIds,
  selectGuardianLines,
  selectLinesById,
  selectRequestLines,
} from './requests.queries.ts';

function guardianOf(principal: Principal): string {
  if (principal.guardianId === null) throw new Forbidden();
  return principal.guardianId;
}

function parseDay(field: string, value: string): Temporal.PlainDate {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw fieldError(field, 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  }
}

/** Checks a period: `to` not before `from`, at most REQUEST_PERIOD_MAX_DAYS days. */
function checkPeriod(from: string, to: string, fields: { from: string; to: string }) {
  const start = parseDay(fields.from, from);
  const end = parseDay(fields.to, to);
  if (Temporal.PlainDate.compare(end, start) < 0)
    throw fieldError(fields.to, 'date_order', 'The end lies before the start');
  if (start.until(end).days + 1 > REQUEST_PERIOD_MAX_DAYS)
    throw fieldError(fields.to, 'too_long', `At most ${REQUEST_PERIOD_MAX_DAYS} days`);
}

/** GET /requests/options: what each of the guardian's children has planned and can request, per date (P8, B2). */
export async function getRequestOptions(
  ctx: AppContext,
  principal: Principal,
  from: string,
  to: string | undefined,
): Promise<RequestOptions> {
  const end = to ?? from;
  checkPeriod(from, end, { from: 'from', to: 'to' });
  const childIds = await selectGuardianChildIds(ctx.db, principal.organisationId, guardianOf(principal));
  const { response } = await computeOptions(ctx.db, ctx.clock, principal.organisationId, childIds, from, end);
  return response;
}

/** The first and last date of all bookings. */
function requestSpan(body: ReturnType<typeof createRequestBodySchema.parse>) {
  const froms = body.bookings.map((b) => b.from).sort();
  const tos = body.bookings.map((b) => b.to).sort();
  return { first: froms[0] as string, last: tos[tos.length - 1] as string };
}

/** Checks that need no database: periods, duplicates, "als geheel" and the expiry date. */
function checkRequest(ctx: AppContext, body: ReturnType<typeof createRequestBodySchema.parse>) {
  body.bookings.forEach((b, i) => {
    checkPeriod(b.from, b.to, { from: `bookings.${i}.from`, to: `bookings.${i}.to` });
    const seen = new Set<string>();
    b.children.forEach((c, j) => {
      if (seen.has(c.childId))
        throw fieldError(
          `bookings.${i}.children.${j}.childId`,
          'duplicate',
          'This child is in the booking twice',
        );
      seen.add(c.childId);
    });
  });
  const { first, last } = requestSpan(body);
  if (body.assessAsWhole && first !== last)
    throw fieldError(
      'assessAsWhole',
      'single_day_only',
      'Only a request for one single date can be assessed as a whole',
    );
  if (body.expiresOn !== null) {
    const on = parseDay('expiresOn', body.expiresOn);
    if (Temporal.PlainDate.compare(on, todayIn(ctx.clock)) <= 0)
      throw fieldError('expiresOn', 'before_tomorrow', 'The expiry date must lie after today');
    if (body.expiresOn > last)
      throw fieldError(
        'expiresOn',
        'after_last_date',
        'The expiry date must not lie after the last requested date',
      );
  }
}

/**
 * POST /requests ("Indienen"): one request with a line per child and date. Under a lock on the groups involved,
 * every day part is evaluated as the options show it (lead time, horizon, week type, overlap, free place counting
 * open requests) and the lines are written; a final occupancy check over the new lines catches children of one
 * request competing for the last place. Single dates that cannot be requested fail with the reason at their
 * field; a period keeps the dates that can and reports the others as skipped.
 */
export async function submitRequest(
  ctx: AppContext,
  principal: Principal,
  input: CreateRequestBody,
  idempotency: Idempotency | null = null,
): Promise<CreatedRequest> {
  const body = createRequestBodySchema.parse(input);
  const guardianId = guardianOf(principal);
  checkRequest(ctx, body);
  const refs = body.bookings.flatMap((b, i) =>
    b.children.map((c, j) => ({ id: c.childId, path: `bookings.${i}.children.${j}.childId` })),
  );
  await requireReferences(ctx, principal, { use: requestsPlan.name, see: childRead.name }, refs);
  const { first, last } = requestSpan(body);
  const childIds = [...new Set(refs.map((r) => r.id))];

  return idempotentTransaction(ctx, idempotency, async (trx) => {
    const org = principal.organisationId;
    const groupIds = body.bookings.flatMap((b) => b.children.map((c) => c.groupId));
    await lockGroups(trx, org, groupIds);
    const { evaluated, placedGroups } = await computeOptions(trx, ctx.clock, org, childIds, first, last);
    const lines: NewLine[] = [];
    const skipped: CreatedRequest['skipped'] = [];
    const fieldOf = new Map<NewLine, string>();
    const paying: Paying[] = [];
    body.bookings.forEach((b, i) => {
      const dates: string[] = [];
      for (let d = Temporal.PlainDate.from(b.from); d.toString() <= b.to; d = d.add({ days: 1 }))
        dates.push(d.toString());
      b.children.forEach((c, j) => {
        const field = `bookings.${i}.children.${j}`;
        const bookingId = crypto.randomUUID();
        let made = 0;
        let placedAnywhere = false;
        for (const date of dates) {
          if (!placedGroups.get(`${c.childId}|${date}`)?.has(c.groupId)) {
            skipped.push({ childId: c.childId, date, reasons: ['not_placed'] });
            continue;
          }
          placedAnywhere = true;
          const found = evaluated.get(optionKey(c.childId, c.groupId, date, c.careProductId));
          if (!found)
            throw fieldError(
              `${field}.careProductId`,
              'unknown_reference',
              'The group does not offer this day part',
            );
          if (found.option.unavailable.length > 0) {
            if (dates.length === 1)
              throw fieldError(
                `${field}.careProductId`,
                found.option.unavailable[0] as string,
                'This day part cannot be requested',
              );
            skipped.push({ childId: c.childId, date, reasons: found.option.unavailable });
            continue;
          }
          const line: NewLine = {
            id: crypto.randomUUID(),
            bookingId,
            childId: c.childId,
            groupId: c.groupId,
            careProductId: c.careProductId,
            date,
            startTime: found.product.startTime,
            endTime: found.product.endTime,
            priceCents: found.option.priceCents,
            expiresAt: toDate(lineExpiry(date, found.product.startTime, found.policy, body.expiresOn)),
            creditId: c.payment.method === 'credit' ? c.payment.creditId : null,
          };
          lines.push(line);
          fieldOf.set(line, `${field}.careProductId`);
          paying.push({ line, found, field: `${field}.payment` });
          made++;
        }
        if (!placedAnywhere)
          throw fieldError(`${field}.groupId`, 'not_placed', 'The child is not placed in this group then');
        if (made === 0)
          throw fieldError(
            `${field}.careProductId`,
            'none_offered',
            'This day part cannot be requested on any date of the period',
          );
      });
    });

    const requestId = await insertRequest(trx, {
      organisationId: org,
      guardianId,
      accountId: principal.accountId,
      assessAsWhole: body.assessAsWhole,
      expiresOn: body.expiresOn,
      comment: body.comment,
      submittedAt: toDate(ctx.clock.now()),
    });
    const uses = await spendCredits(trx, org, paying, toDate(ctx.clock.now()), principal.accountId);
    try {
      await insertLines(trx, org, requestId, lines);
    } catch (err) {
      // Two bookings of this request for one child that overlap.
      if ((err as { code?: unknown }).code === '23P01')
        throw new Conflict('request.overlap', 'Two day parts of one child overlap');
      throw err;
    }
    await insertEntries(trx, org, uses);
    // Children of this request competing for the last places: no slot may now hold more than its capacity.
    const after = await selectOccupancy(trx, org, lines);
    after.forEach((o, k) => {
      if (o.total > o.capacity) {
        const line = lines[k] as NewLine;
        throw fieldError(
          fieldOf.get(line) as string,
          'full',
          'The group has no free place for this day part',
        );
      }
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'request.submitted',
      childIds,
      subjectType: 'request',
      subjectId: requestId,
      details: { lines: lines.length, assessAsWhole: body.assessAsWhole, expiresOn: body.expiresOn },
    });
    const rows = await selectRequestLines(trx, org, requestId);
    const now = ctx.clock.now();
    return { requestId, lines: rows.map((r) => toRequestLine(r, now)), skipped };
  });
}

/** GET /requests: every line of the guardian's children (P15), newest request first. */
export async function listRequestLines(
  ctx: AppContext,
  principal: Principal,
  query: { before?: string; limit: number },
): Promise<RequestLineList> {
  const guardianId = guardianOf(principal);
  const rows = await selectGuardianLines(
    ctx.db,
    principal.organisationId,
    guardianId,
    cursorOf(parseGroupCursor(query.before)),
    query.limit,
  );
  // A page ends at a request boundary: lines of one request are never split over two pages.
  const { page, nextBefore } = pageOfGroups(rows, query.limit, (r) => ({
    at: r.submittedAt,
    id: r.requestId,
  }));
  const now = ctx.clock.now();
  return { lines: page.map((r) => toRequestLine(r, now)), nextBefore };
}

/**
 * POST /request-lines/:lineId/cancel (P12): cancels the open lines of the line's child in its booking (a period
 * whole), while they are open and the policy's cancellation deadline before the earliest of them has not passed.
 */
export async function cancelRequestLine(ctx: AppContext, principal: Principal, lineId: string) {
  const org = principal.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const open = await lockOpenBookingLines(trx, org, lineId);
    const earliest = open[0];
    if (!earliest) throw new Conflict('request.not_pending', 'This request is no longer open');
    const policy = await selectEffectivePolicy(trx, org, earliest.groupId);
    if (!policy) throw new Error('A group without a policy');
    const deadline = cancelDeadline(earliest.date, earliest.startTime, policy);
    if (Temporal.Instant.compare(ctx.clock.now(), deadline) >= 0)
      throw new AppError(
        409,
        'request.deadline_passed',
        `Cancelling was possible until ${deadline.toString()}`,
      );
    const closed = await closeLines(
      trx,
      org,
      open.map((l) => l.id),
      {
        status: 'cancelled',
        at: toDate(ctx.clock.now()),
        accountId: principal.accountId,
      },
    );
    await refundClosedLines(
      trx,
      org,
      closed.map((c) => c.id),
      toDate(ctx.clock.now()),
    );
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'request.cancelled',
      childIds: [earliest.childId],
      subjectType: 'request',
      subjectId: earliest.requestId,
      details: { lines: closed.length },
    });
    await concludeRequests(
      ctx,
      trx,
      org,
      closed.map((c) => c.requestId),
    );
    const rows = await selectLinesById(
      trx,
      org,
      closed.map((c) => c.id),
    );
    const now = ctx.clock.now();
    return { lines: rows.map((r) => toRequestLine(r, now)) };
  });
}

const cursorOf = (c: GroupCursor | null) => (c === null ? null : { submittedAt: c.at, requestId: c.id });
