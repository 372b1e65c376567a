import type { AppContext } from '../../context.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { refundClosedLines } from '../credits/credit-ledger.queries.ts';
import { concludeRequests } from './request-lines.ts';
import { expireDueLines } from './requests.queries.ts';

export const REQUEST_EXPIRY_JOB = 'requests.expire';

/**
 * Expiry (P10): every open line whose moment has come becomes "Vervallen", and each request left without open
 * lines sends its one message. Runs every minute, so a line shows as expired within a minute of its moment
 * (docs/requests.md); a planner can never approve a line after its moment, job or not.
 */
export async function runRequestExpiry(ctx: AppContext): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = toDate(ctx.clock.now());
    const expired = await expireDueLines(trx, now);
    const byOrganisation = new Map<string, Set<string>>();
    for (const line of expired) {
      const set = byOrganisation.get(line.organisationId) ?? new Set<string>();
      set.add(line.requestId);
      byOrganisation.set(line.organisationId, set);
    }
    for (const [organisationId, requestIds] of byOrganisation) {
      const lineIds = expired.filter((l) => l.organisationId === organisationId).map((l) => l.id);
      await refundClosedLines(trx, organisationId, lineIds, now);
      for (const requestId of requestIds) {
        await recordAudit(trx, ctx.clock, {
          organisationId,
          actorAccountId: null,
          action: 'request.expired',
          subjectType: 'request',
          subjectId: requestId,
          details: { lines: expired.filter((l) => l.requestId === requestId).map((l) => l.id) },
        });
      }
      await concludeRequests(ctx, trx, organisationId, requestIds);
    }
    return expired.length;
  });
}

export function defineRequestJobs(ctx: AppContext): void {
  ctx.jobs.define<Record<string, never>>({
    name: REQUEST_EXPIRY_JOB,
    retryLimit: 3,
    handler: async () => {
      await runRequestExpiry(ctx);
    },
  });
  ctx.jobs.schedule(REQUEST_EXPIRY_JOB, '* * * * *');
}
