import type { AssessmentQueue, Decision, DecisionResults, DecisionsBody } from '@nestje/contract';
import { isPermitted, permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { refundClosedLines } from '../credits/credit-ledger.queries.ts';
import { selectQueueLines } from './assessment.queries.ts';
import { lockGroups, selectOccupancy } from './occupancy.queries.ts';
import { concludeRequests, toRequestLine } from './request-lines.ts';
import { groupRequestsAssess, requestLineAssess } from './requests.actions.ts';
import {
  closeLines,
  lockLineAndPartner,
  selectLineGroups,
  selectLiveRequestLineIds,
} from './requests.queries.ts';

/**
 * GET /assessment (S3): the open lines of the groups the planner plans, by date, location and group, each with
 * the group's occupancy for its day part.
 */
export async function getAssessmentQueue(
  ctx: AppContext,
  principal: Principal,
  query: { locationId?: string; from?: string; to?: string },
): Promise<AssessmentQueue> {
  const groups = permittedIds(ctx.db, principal, ctx.clock, groupRequestsAssess.name);
  if (groups === null) return { lines: [] };
  const rows = await selectQueueLines(ctx.db, principal.organisationId, groups, query);
  const occupancy = await selectOccupancy(ctx.db, principal.organisationId, rows);
  const now = ctx.clock.now();
  return {
    lines: rows.map((row, i) => {
      const occ = occupancy[i] as (typeof occupancy)[number];
      return {
        ...toRequestLine(row, now),
        locationId: row.locationId,
        swapGive:
          row.giveDate && row.giveStart && row.giveEnd
            ? {
                date: row.giveDate,
                startTime: row.giveStart,
                endTime: row.giveEnd,
                productName: row.giveProduct ?? '',
              }
            : null,
        occupancy: { capacity: occ.capacity, confirmed: occ.confirmed, pending: occ.pending },
        requestLineCount: row.requestLineCount,
      };
    }),
  };
}

/** A decision that cannot be taken; the transaction rolls back and the result carries the code. */
class Refused extends Error {
  readonly code: string;
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

type Result = DecisionResults['results'][number];

/**
 * Decides one line in its own transaction. Approving takes a place: under a lock on the group, the line is
 * approved only when the group's planned and approved children leave a place for its whole day part, so of
 * many planners approving for the last place exactly one succeeds. Rejecting a line of a request assessed as a
 * whole rejects all of its lines, approved ones too (P9). The request's one message goes out when its last open
 * line is decided.
 */
async function decide(
  ctx: AppContext,
  principal: Principal,
  d: Decision,
  alreadyRejected: Set<string>,
): Promise<Result> {
  const org = principal.organisationId;
  const refused = (error: string): Result => ({ lineId: d.lineId, ok: false, error, status: null });
  if (!(await isPermitted(ctx.db, principal, ctx.clock, requestLineAssess.name, d.lineId)))
    return refused('not_found');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const groupIds = await selectLineGroups(trx, org, d.lineId);
      if (groupIds.length === 0) throw new Refused('not_found');
      await lockGroups(trx, org, groupIds);
      const [line, ...partner] = await lockLineAndPartner(trx, org, d.lineId);
      if (!line) throw new Refused('not_found');
      if (line.status !== 'pending') {
        if (d.decision === 'reject' && line.status === 'rejected' && alreadyRejected.has(line.id))
          return { lineId: d.lineId, ok: true, error: null, status: 'rejected' as const };
        throw new Refused('not_pending');
      }
      const now = ctx.clock.now();
      if (line.expiresAt.getTime() <= now.epochMilliseconds) throw new Refused('expired');
      const at = toDate(now);
      // The two sides of a swap are decided together.
      const both = [line, ...partner.filter((p) => p.status === 'pending')];
      let closed: { id: string; requestId: string }[];
      if (d.decision === 'approve') {
        // Approving takes a place for what the child will be there for: the extra day part, or the wanted one.
        const taking = both.filter((l) => l.role !== 'give');
        const occupancy = await selectOccupancy(trx, org, taking);
        if (occupancy.some((occ) => occ.confirmed + 1 > occ.capacity)) throw new Refused('group_full');
        closed = await closeLines(
          trx,
          org,
          both.map((l) => l.id),
          { status: 'approved', at, accountId: principal.accountId },
        );
      } else {
        const ids = line.assessAsWhole
          ? await selectLiveRequestLineIds(trx, org, line.requestId)
          : both.map((l) => l.id);
        closed = await closeLines(
          trx,
          org,
          ids,
          { status: 'rejected', at, accountId: principal.accountId, reason: d.reason },
          true,
        );
        for (const c of closed) alreadyRejected.add(c.id);
        await refundClosedLines(
          trx,
          org,
          closed.map((c) => c.id),
          at,
        );
      }
      await recordAudit(trx, ctx.clock, {
        organisationId: org,
        actorAccountId: principal.accountId,
        action: d.decision === 'approve' ? 'request.approved' : 'request.rejected',
        childIds: [line.childId],
        subjectType: 'request',
        subjectId: line.requestId,
        details: { lines: closed.map((c) => c.id), ...(d.decision === 'reject' ? { reason: d.reason } : {}) },
      });
      await concludeRequests(ctx, trx, org, [line.requestId]);
      return {
        lineId: d.lineId,
        ok: true,
        error: null,
        status: d.decision === 'approve' ? 'approved' : 'rejected',
      } as Result;
    });
  } catch (err) {
    if (err instanceof Refused) return refused(err.code);
    throw err;
  }
}

/** POST /assessment/decisions: each decision on its own, in the order given; the results say which failed and why. */
export async function decideLines(
  ctx: AppContext,
  principal: Principal,
  body: DecisionsBody,
): Promise<DecisionResults> {
  const results: Result[] = [];
  const rejected = new Set<string>();
  for (const d of body.decisions) results.push(await decide(ctx, principal, d, rejected));
  return { results };
}
