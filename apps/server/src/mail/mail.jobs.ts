import type { JobRef, Jobs } from '../jobs/jobs.ts';
import type { Mailer } from './mailer.ts';
import type { OutgoingMail } from './outgoing-mail.ts';

export type MailJob = OutgoingMail;

/** The one job that delivers a mail; retried with back-off while SMTP is unreachable. */
export function defineMailJob(jobs: Jobs, mailer: Mailer): JobRef<MailJob> {
  return jobs.define<MailJob>({
    name: 'mail.send',
    retryLimit: 20,
    retryDelaySeconds: 30,
    // A mail may hold a single-use link: once delivered it leaves the queue table within minutes.
    deleteAfterSeconds: 60,
    handler: (mail) => mailer.send(mail),
  });
}
