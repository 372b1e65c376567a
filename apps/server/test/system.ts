import { mkdtempSync, rmSync } from 'node:fs';
import type { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { type Mailer, smtpMailer } from '../src/mail/mailer.ts';
import { type System, startSystem } from '../src/system.ts';
import { SettableClock } from '../src/time/clock.ts';
import { createTestDatabase } from './database.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

/** A Monday in winter time, 09:00 in Amsterdam. */
export const DEFAULT_NOW = '2026-03-02T08:00:00Z';

export interface TestSystem extends System {
  clock: SettableClock;
  /** The real SMTP server mail goes to, when the system was started with `smtp: true`. */
  smtp: SmtpSink | null;
}

/** Starts the whole server (no listening socket: tests use `app.inject`) on its own database with a set clock. */
export interface TestSystemOptions {
  smtp?: boolean;
  now?: string;
  /** False for files that sign in many accounts at once (the login rate limit counts per address). */
  rateLimits?: boolean;
  /** Wraps the mail transport (a test that makes delivery fail on purpose); the SMTP one when `smtp` is on. */
  wrapMailer?: (mailer: Mailer) => Mailer;
  /** The HTTPS agent push messages go out through: one that trusts the test's push endpoint (push-endpoint.ts). */
  pushAgent?: Agent;
}

export async function createTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const database = await createTestDatabase();
  const smtp = options.smtp ? await startSmtpSink() : null;
  const clock = new SettableClock(options.now ?? DEFAULT_NOW);
  // A data folder of its own (media files), removed on close.
  const dataDir = mkdtempSync(join(tmpdir(), 'nestje-test-data-'));
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      PUBLIC_URL: 'http://localhost:3000',
      LOG_LEVEL: 'silent',
      NESTJE_DATA_DIR: dataDir,
    }),
    smtpUrl: smtp?.url ?? null,
    ...(options.rateLimits === false ? { rateLimits: false } : {}),
    webDist: null,
    // The push endpoint of the tests (test/push-endpoint.ts) listens on this machine.
    pushServiceHosts: ['127.0.0.1'],
  };
  let system: System;
  try {
    system = await startSystem({
      config,
      clock,
      settableClock: clock,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      database: database.target,
      background: false,
      ...(options.wrapMailer && config.smtpUrl
        ? { mailer: options.wrapMailer(smtpMailer(config.smtpUrl, config.mailFrom)) }
        : {}),
      ...(options.pushAgent ? { pushAgent: options.pushAgent } : {}),
    });
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    ...system,
    clock,
    smtp,
    async close() {
      await system.close();
      await smtp?.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a test system before the file's tests and closes it after them; the returned object is filled in
 * once the system runs, so tests use it as `t.app`, `t.clock`…
 */
export function useTestSystem(options: TestSystemOptions = {}): TestSystem {
  const holder = {} as TestSystem;
  before(async () => {
    Object.assign(holder, await createTestSystem(options));
  });
  after(() => holder.close());
  return holder;
}
