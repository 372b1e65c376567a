import type { RequestLine } from '@nestje/contract';
import type { Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { toDate } from '../../time/clock.ts';
import { notify } from '../notifications/notify.ts';
import { cancelDeadline } from './day-parts.ts';
import {
  concludeRequest,
  type LineRow,
  selectRequestLines,
  selectRequestRecipient,
} from './requests.queries.ts';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** On the wanted line of a swap: what lapses of the given-up time (never negative: a longer wanted time is refused). */
function lapseOf(row: LineRow): number | null {
  if (row.role !== 'take' || row.giveStart === null || row.giveEnd === null) return null;
  return Math.max(
    0,
    minutes(row.giveEnd) - minutes(row.giveStart) - (minutes(row.endTime) - minutes(row.startTime)),
  );
}

/** A line as the API shows it, with whether it can be cancelled now and until when (P12, B2). */
export function toRequestLine(row: LineRow, now: Temporal.Instant): RequestLine {
  let deadline: Temporal.Instant | null = null;
  if (row.earliestOpenDate !== null && row.earliestOpenTime !== null) {
    deadline = cancelDeadline(row.earliestOpenDate, row.earliestOpenTime, {
      cancelDeadlineHours: row.cancelDeadlineHours,
    });
  }
  const open = row.status === 'pending';
  const inTime = deadline !== null && Temporal.Instant.compare(now, deadline) < 0;
  return {
    id: row.id,
    requestId: row.requestId,
    bookingId: row.bookingId,
    kind: row.kind,
    role: row.role,
    lapseMinutes: lapseOf(row),
    childId: row.childId,
    childName: row.childName,
    groupId: row.groupId,
    groupName: row.groupName,
    locationName: row.locationName,
    productName: row.productName,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    priceCents: row.priceCents,
    payment:
      row.payment === 'credit' && row.creditId
        ? { method: 'credit', creditId: row.creditId }
        : { method: 'invoice' },
    status: row.status,
    submittedAt: row.submittedAt.toISOString(),
    submittedBy: row.submittedBy,
    expiresAt: row.expiresAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reason: row.reason,
    assessAsWhole: row.assessAsWhole,
    comment: row.comment,
    periodLines: row.periodLines,
    cancel: {
      allowed: open && inTime,
      refusal: !open ? 'not_pending' : inTime ? null : 'deadline_passed',
      deadline: open && deadline ? deadline.toString() : null,
    },
  };
}

/**
 * Concludes each request none of whose lines is open any more, once, and sends its one message (P9): a
 * notification to the guardian who submitted it ("request expired" when every decided line expired, else
 * "request assessed"; its e-mail lists every line with its status and reason), written in the transaction that
 * closed its last line, so it goes out exactly when that commits. A request whose lines the parent cancelled all
 * is concluded without a message.
 */
export async function concludeRequests(
  ctx: AppContext,
  trx: Transaction<DB>,
  organisationId: string,
  requestIds: Iterable<string>,
): Promise<void> {
  const at = toDate(ctx.clock.now());
  for (const requestId of new Set(requestIds)) {
    if (!(await concludeRequest(trx, organisationId, requestId, at))) continue;
    const lines = await selectRequestLines(trx, organisationId, requestId);
    const decided = lines.filter((l) => l.status !== 'cancelled');
    if (decided.length === 0) continue;
    const recipient = await selectRequestRecipient(trx, organisationId, requestId);
    if (!recipient) continue;
    const children = new Set(lines.map((l) => l.childId));
    await notify(ctx, trx, {
      organisationId,
      category: decided.every((l) => l.status === 'expired') ? 'request_expired' : 'request_assessed',
      eventKey: `request:${requestId}`,
      childId: children.size === 1 ? (lines[0]?.childId ?? null) : null,
      params: {
        lines: lines.map((l) => ({
          childName: l.childName,
          date: l.date,
          startTime: l.startTime,
          endTime: l.endTime,
          status: l.status,
          reason: l.reason,
        })),
      },
      recipients: [{ accountId: recipient.account_id, link: '/agenda/aanvragen' }],
    });
  }
}
