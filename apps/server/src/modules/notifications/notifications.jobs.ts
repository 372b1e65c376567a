import type { AppContext } from '../../context.ts';
import type { JobRef } from '../../jobs/jobs.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { deliverNotifications } from './notifications.delivery.ts';

/** The notifications of one event that have an e-mail or a push to deliver. */
export interface DeliverJob {
  organisationId: string;
  ids: string[];
}

export const DELIVER_JOB = 'notifications.deliver';
export const deliverJob: JobRef<DeliverJob> = { name: DELIVER_JOB };

/**
 * Delivery after commit. A failure (SMTP or a push service unreachable) makes pg-boss retry with back-off from
 * 30 seconds, doubling up to an hour, 20 times: an outage of many hours loses nothing. What was delivered before
 * the failure is recorded per notification and per browser, so a retry only sends what is still missing.
 */
export function defineNotificationJobs(ctx: AppContext, mailer: Mailer): void {
  ctx.jobs.define<DeliverJob>({
    name: DELIVER_JOB,
    retryLimit: 20,
    retryDelaySeconds: 30,
    handler: (job) => deliverNotifications(ctx, mailer, job),
  });
}
