import type { Transaction } from 'kysely';
import type pg from 'pg';
import { fromKysely, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { DB } from '../db/generated/schema.ts';

/** A job handler; it must be idempotent, because a job is retried after a crash or an error. */
export type JobHandler<T> = (data: T) => Promise<void>;

export interface JobDefinition<T> {
  name: string;
  handler: JobHandler<T>;
  /** Retries with exponential back-off, starting at `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long a completed job stays in the queue table (default a week); short for payloads with secrets. */
  deleteAfterSeconds?: number;
}

/** What a job definition needs from the caller when it is sent. */
export type JobRef<T> = { readonly name: string; readonly __data?: T };

/**
 * Jobs in PostgreSQL through pg-boss, on PostgreSQL and PGlite alike. Jobs are sent inside the transaction of
 * the change that causes them (transactional outbox), so they exist exactly when that change commits.
 */
export class Jobs {
  readonly #boss: PgBoss;
  readonly #pool: pg.Pool;
  readonly #definitions = new Map<string, JobDefinition<unknown>>();
  readonly #log: Logger;
  readonly #schedules: { name: string; cron: string }[] = [];
  readonly #background: boolean;
  #started = false;
  #working = false;

  constructor(pool: pg.Pool, log: Logger, options: { schedule: boolean }) {
    this.#log = log;
    this.#pool = pool;
    this.#background = options.schedule;
    this.#boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schedule: options.schedule,
      supervise: options.schedule,
      migrate: true,
    });
    this.#boss.on('error', (err) => this.#log.error({ err }, 'job queue error'));
  }

  /** Registers a job kind; call before start(). Returns a typed reference for send(). */
  define<T extends object>(definition: JobDefinition<T>): JobRef<T> {
    if (this.#definitions.has(definition.name)) throw new Error(`Job ${definition.name} defined twice`);
    this.#definitions.set(definition.name, definition as JobDefinition<unknown>);
    return { name: definition.name };
  }

  /** Runs a defined job on a cron schedule in Amsterdam time; once across all server processes. */
  schedule(name: string, cron: string): void {
    if (!this.#definitions.has(name)) throw new Error(`Job ${name} is not defined`);
    this.#schedules.push({ name, cron });
  }

  async start(): Promise<void> {
    await this.#boss.start();
    for (const def of this.#definitions.values()) {
      const options = {
        retryLimit: def.retryLimit ?? 10,
        retryDelay: def.retryDelaySeconds ?? 30,
        retryBackoff: true,
        retryDelayMax: 3600,
        expireInSeconds: 300,
        ...(def.deleteAfterSeconds ? { deleteAfterSeconds: def.deleteAfterSeconds } : {}),
      };
      // createQueue leaves an existing queue as it was; updateQueue brings its options to what the code says.
      await this.#boss.createQueue(def.name, options);
      await this.#boss.updateQueue(def.name, options);
    }
    if (this.#background) {
      for (const { name, cron } of this.#schedules)
        await this.#boss.schedule(name, cron, {}, { tz: 'Europe/Amsterdam' });
    }
    this.#started = true;
  }

  /** Starts background workers for every job kind (the server process; tests drain instead). */
  async work(): Promise<void> {
    this.#working = true;
    for (const def of this.#definitions.values()) {
      await this.#boss.work<unknown>(def.name, { pollingIntervalSeconds: 1, batchSize: 5 }, async (jobs) => {
        for (const job of jobs) await def.handler(job.data);
      });
    }
  }

  /** Sends a job as part of the transaction `trx`: it is only ever seen if the transaction commits. */
  async send<T extends object>(
    trx: Transaction<DB>,
    ref: JobRef<T>,
    data: T,
    options: { singletonKey?: string; startAfter?: Date } = {},
  ): Promise<void> {
    if (!this.#definitions.has(ref.name)) throw new Error(`Job ${ref.name} is not defined`);
    await this.#boss.send(ref.name, data, { ...options, db: fromKysely(trx) });
  }

  /**
   * Runs every job that is due, now, in this process, until no queue has work left (tests and the dev API).
   * A failing handler's job goes back to the queue for a retry later; drain reports how many ran and failed.
   */
  async drain(): Promise<{ completed: number; failed: number }> {
    let completed = 0;
    let failed = 0;
    for (let round = 0; round < 100; round++) {
      let ranAny = false;
      for (const def of this.#definitions.values()) {
        const jobs = await this.#boss.fetch<unknown>(def.name, { batchSize: 20 });
        for (const job of jobs) {
          ranAny = true;
          try {
            await def.handler(job.data);
            await this.#boss.complete(def.name, job.id);
            completed++;
          } catch (err) {
            this.#log.warn({ err, job: def.name }, 'job failed; it will be retried');
            await this.#boss.fail(def.name, job.id, { message: String(err) });
            failed++;
          }
        }
      }
      if (!ranAny) break;
    }
    return { completed, failed };
  }

  /**
   * Makes every job waiting for a retry due now instead of after its back-off, so tests play an outage and its
   * retries out without waiting. Returns how many jobs it moved.
   */
  async makeRetriesDue(): Promise<number> {
    const result = await this.#pool.query(
      `UPDATE pgboss.job SET start_after = pgboss.job_now() WHERE state = 'retry' AND start_after > pgboss.job_now()`,
    );
    return result.rowCount ?? 0;
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    await this.#boss.stop({ graceful: this.#working, timeout: 10_000 });
  }
}
