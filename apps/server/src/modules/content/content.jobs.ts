import type { AppContext } from '../../context.ts';
import { CONTENT_PUBLISH_JOB, type PublishJob, runPublishJob } from './content-publish.ts';

/** The job that notifies the guardians of a scheduled news item or newsletter at its moment. */
export function defineContentJobs(ctx: AppContext): void {
  ctx.jobs.define<PublishJob>({
    name: CONTENT_PUBLISH_JOB,
    // A job that finds its item not yet due is tried again (backing off up to an hour) until it is.
    retryLimit: 50,
    retryDelaySeconds: 15,
    handler: async (data) => {
      await runPublishJob(ctx, data);
    },
  });
}
