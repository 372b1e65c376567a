import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { JobRef, Jobs } from './jobs/jobs.ts';
import type { MailJob } from './mail/mail.jobs.ts';
import type { MediaStore } from './media/store.ts';
import type { PushSender } from './push/push-sender.ts';
import type { Realtime } from './realtime/realtime.ts';
import type { Clock } from './time/clock.ts';

/** What services need from the running system; built once at start-up and passed down explicitly. */
export interface AppContext {
  config: Config;
  db: Database;
  clock: Clock;
  jobs: Jobs;
  log: Logger;
  mailJob: JobRef<MailJob>;
  /** Where the files of photos and videos live. */
  media: MediaStore;
  /** Live events to open browsers (GET /events), published in the transaction of their cause. */
  realtime: Realtime;
  /** Web Push with the server's VAPID key. */
  push: PushSender;
}
