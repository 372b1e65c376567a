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
import { defineIdentityJobs } from './modules/identity/identity.jobs.ts';
import { defineInvitationJobs } from './modules/invitations/invitations.jobs.ts';
import { defineMediaJobs } from './modules/media/media.jobs.ts';
import { defineRequestJobs } from './modules/requests/requests.jobs.ts';
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
  try {
    const migrations = await migrateToLatest(database.db);
    const mailer =
      options.mailer ??
      (config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : databaseMailer(database.db));
    const jobs = new Jobs(database.pool, log, { schedule: options.background });
    const mailJob = defineMailJob(jobs, mailer);
    const media = new FileMediaStore(join(config.dataDir, 'media'));
    await media.ready();
    // PLACEHOLDER until the realtime and push mechanisms are wired (replaced in this change).
    const realtime: AppContext['realtime'] = {
      publish: async () => {},
      subscribe: () => () => {},
      close: async () => {},
    };
    const push: AppContext['push'] = {
      publicKey: '',
      send: async () => {
        throw new Error('push not configured');
      },
    };
    const ctx: AppContext = { config, db: database.db, clock, jobs, log, mailJob, media, realtime, push };
    defineIdentityJobs(ctx);
    defineInvitationJobs(ctx);
    defineIdempotencyJobs(ctx);
    defineRequestJobs(ctx);
    defineMediaJobs(ctx);
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
        await mailer.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
