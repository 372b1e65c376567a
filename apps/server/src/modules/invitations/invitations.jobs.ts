import type { AppContext } from '../../context.ts';
import type { JobRef } from '../../jobs/jobs.ts';
import { runInvitationSweep } from './invitations.service.ts';

export interface InvitationSweepJob {
  /** Only this organisation's guardians (sent right after a change there); all organisations when absent. */
  organisationId?: string;
}

/** The invitation job, for changes that may make an invitation due at once (sent in their transaction). */
export const invitationSweepJob: JobRef<InvitationSweepJob> = { name: 'invitations.sweep' };

/**
 * The invitation job: activation mails six weeks before care starts (P1). It runs every ten minutes and right
 * after a child, guardian or placement is created, so a start sooner than six weeks away does not wait.
 */
export function defineInvitationJobs(ctx: AppContext): void {
  ctx.jobs.define<InvitationSweepJob>({
    name: invitationSweepJob.name,
    retryLimit: 5,
    handler: async (data) => {
      await runInvitationSweep(ctx, data.organisationId ?? null);
    },
  });
  ctx.jobs.schedule(invitationSweepJob.name, '*/10 * * * *');
}
