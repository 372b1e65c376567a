import type { Agent } from 'node:https';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { type DatabaseHandle, type DatabaseTarget, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { defineIdempotencyJobs } from './idempotency/idempotency.jobs.ts';
import { Jobs } from './jobs/jobs.ts';
import { defineMailJob } from './mail/mail.jobs.ts';
import { databaseMailer, type Mailer, smtpMailer } from './mail/mailer.ts';
import { FileMediaStore } from './media/store.ts';
import { defineContentJobs } from './modules/content/content.jobs.ts';
import { defineIdentityJobs } from './modules/identity/identity.jobs.ts';
import { defineInvitationJobs } from './modules/invitations/invitations.jobs.ts';
import { defineMediaJobs } from './modules/media/media.jobs.ts';
import { defineNotificationJobs } from './modules/notifications/notifications.jobs.ts';
import { defineRequestJobs } from './modules/requests/requests.jobs.ts';
import { loadVapidKeys } from './push/vapid.ts';
import { webPushSender } from './push/web-push-sender.ts';
import { startRealtime } from './realtime/notify-realtime.ts';
import type { Realtime } from './realtime/realtime.ts';
import type { Clock, SettableClock } from './time/clock.ts';

export interface System {
  ctx: AppContext;
  app: FastifyInstance;
  database: DatabaseHandle;
  jobs: Jobs;
  mailer: Mailer;
  migrations: number;
  close(): Promise<void>;
}

export interface SystemOptions {
  config: Config;
  clock: Clock;
  /** Set when the dev API may move the clock. */
  settableClock: SettableClock | null;
  log?: Logger;
  /** Where the data lives; defaults to what the config says. */
  database?: DatabaseTarget;
  /** Run job workers and schedules in the background (the server); tests drain jobs themselves. */
  background: boolean;
  /** Override the mail transport (tests). */
  mailer?: Mailer;
  /** The HTTPS agent push messages go out through (tests: one that trusts their push endpoint). */
  pushAgent?: Agent;
}

export function databaseTargetOf(config: Config): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: join(config.dataDir, 'pglite') };
}

/** Opens the database, applies migrations, starts the job queue and builds the app: everything but listening. */
export async function startSystem(options: SystemOptions): Promise<System> {
  const { config, clock } = options;
  const log = options.log ?? pino({ level: config.logLevel });
  const database = await openDatabase(options.database ?? databaseTargetOf(config));
  let realtime: Realtime | null = null;
  try {
    const migrations = await migrateToLatest(database.db);
    const mailer =
      options.mailer ??
      (config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : databaseMailer(database.db));
    const jobs = new Jobs(database.pool, log, { schedule: options.background });
    const mailJob = defineMailJob(jobs, mailer);
    const media = new FileMediaStore(join(config.dataDir, 'media'));
    await media.ready();
    // Listening starts before the job queue and the app use the database (on PGlite they share one connection).
    realtime = await startRealtime(database, log);
    const push = webPushSender({ keys: await loadVapidKeys(database.db, config), agent: options.pushAgent });
    const ctx: AppContext = { config, db: database.db, clock, jobs, log, mailJob, media, realtime, push };
    defineIdentityJobs(ctx);
    defineInvitationJobs(ctx);
    defineIdempotencyJobs(ctx);
    defineRequestJobs(ctx);
    defineMediaJobs(ctx);
    defineNotificationJobs(ctx, mailer);
    defineContentJobs(ctx);
    await jobs.start();
    if (options.background) await jobs.work();
    const app = await buildApp(ctx, { settableClock: options.settableClock, readiness: () => migrations });
    await app.ready();
    return {
      ctx,
      app,
      database,
      jobs,
      mailer,
      migrations,
      async close() {
        await app.close();
        await jobs.stop();
        // Its own connection (PostgreSQL) or a listener on the embedded database: closed before the database.
        await realtime?.close();
        await mailer.close();
        await database.close();
      },
    };
  } catch (err) {
    await realtime?.close();
    await database.close();
    throw err;
  }
}
