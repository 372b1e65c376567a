import type { AppContext } from '../../context.ts';
import { toDate } from '../../time/clock.ts';
import { deleteExpiredSessions } from './identity.queries.ts';
import { deleteCountersBefore } from './rate-limit.queries.ts';

/** Housekeeping: ended sessions and old rate-limit windows are removed every hour. */
export function defineIdentityJobs(ctx: AppContext): void {
  ctx.jobs.define<{ reason?: string }>({
    name: 'identity.purge',
    handler: async () => {
      const now = ctx.clock.now();
      await deleteExpiredSessions(ctx.db, toDate(now));
      await deleteCountersBefore(ctx.db, toDate(now.subtract({ hours: 24 })));
    },
  });
  ctx.jobs.schedule('identity.purge', '17 * * * *');
}
