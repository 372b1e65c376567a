import type { AppContext } from '../context.ts';
import { toDate } from '../time/clock.ts';
import { deleteKeysCreatedBefore } from './idempotency.queries.ts';

/** How long a key and its answer are kept: a repeat after that is a new request. */
export const KEY_LIFETIME_HOURS = 24;

/** Removes the keys older than their lifetime; returns how many went. */
export async function purgeExpiredKeys(ctx: AppContext): Promise<number> {
  return deleteKeysCreatedBefore(ctx.db, toDate(ctx.clock.now().subtract({ hours: KEY_LIFETIME_HOURS })));
}

/** Housekeeping: idempotency keys past their lifetime are removed every hour. */
export function defineIdempotencyJobs(ctx: AppContext): void {
  ctx.jobs.define<{ reason?: string }>({
    name: 'idempotency.purge',
    handler: async () => {
      await purgeExpiredKeys(ctx);
    },
  });
  ctx.jobs.schedule('idempotency.purge', '41 * * * *');
}
