import { type LiveEvent, liveEventSchema } from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.ts';
import type { DB } from '../db/generated/schema.ts';
import { notify } from './realtime.queries.ts';
import type { LiveListener, Realtime } from './realtime.ts';

/** The one channel every server process listens on; a payload says for whom an event is. */
export const LIVE_CHANNEL = 'nestje_live';

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; a margin under it. A recipient id takes ~39 bytes,
 * so one notification carries about two hundred accounts, and larger audiences (a newsletter to a whole
 * organisation) go out as several.
 */
export const MAX_PAYLOAD_BYTES = 7900;

/** On the wire: the organisation, the accounts and the event. Short keys: the payload size is limited. */
const payloadSchema = z.object({
  o: z.string(),
  a: z.array(z.string()),
  e: liveEventSchema,
});
type Payload = z.infer<typeof payloadSchema>;

/** The payloads that together address every one of `accountIds`, each under MAX_PAYLOAD_BYTES. */
export function livePayloads(
  organisationId: string,
  accountIds: readonly string[],
  event: LiveEvent,
): string[] {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const base = bytes(JSON.stringify({ o: organisationId, a: [], e: event } satisfies Payload));
  const payloads: string[] = [];
  let batch: string[] = [];
  let size = base;
  for (const id of new Set(accountIds)) {
    // The id as JSON plus the comma that separates it from the previous one.
    const added = bytes(JSON.stringify(id)) + (batch.length > 0 ? 1 : 0);
    if (base + added > MAX_PAYLOAD_BYTES) throw new Error('live event too large for a notification');
    if (size + added > MAX_PAYLOAD_BYTES) {
      payloads.push(JSON.stringify({ o: organisationId, a: batch, e: event } satisfies Payload));
      batch = [];
      size = base;
    }
    size += bytes(JSON.stringify(id)) + (batch.length > 0 ? 1 : 0);
    batch.push(id);
  }
  if (batch.length > 0)
    payloads.push(JSON.stringify({ o: organisationId, a: batch, e: event } satisfies Payload));
  return payloads;
}

const keyOf = (organisationId: string, accountId: string) => `${organisationId}/${accountId}`;

/**
 * Live events through PostgreSQL NOTIFY: published in the transaction of their cause, heard by every server
 * process on the database (each LISTENs once), and handed to the open streams of the addressed accounts here.
 */
class NotifyRealtime implements Realtime {
  readonly #listeners = new Map<string, Set<LiveListener>>();
  readonly #log: Logger;
  #stop: (() => Promise<void>) | null = null;
  #closed = false;

  constructor(log: Logger) {
    this.#log = log;
  }

  async start(database: Pick<DatabaseHandle, 'listen'>): Promise<void> {
    this.#stop = await database.listen(LIVE_CHANNEL, {
      onPayload: (payload) => this.#receive(payload),
      onReconnect: () => {
        this.#log.warn('live updates: listening again after the database connection dropped');
        // Events committed while the connection was down never arrive: every open browser refetches instead.
        this.#emitToAll({ type: 'notifications' });
      },
      onError: (err) => this.#log.warn({ err }, 'live updates: listening connection failed, retrying'),
    });
  }

  async publish(
    trx: Transaction<DB>,
    organisationId: string,
    accountIds: readonly string[],
    event: LiveEvent,
  ): Promise<void> {
    for (const payload of livePayloads(organisationId, accountIds, event))
      await notify(trx, LIVE_CHANNEL, payload);
  }

  subscribe(organisationId: string, accountId: string, listener: LiveListener): () => void {
    const key = keyOf(organisationId, accountId);
    let set = this.#listeners.get(key);
    if (!set) {
      set = new Set();
      this.#listeners.set(key, set);
    }
    // Wrapped, so that the same function subscribed twice (two tabs sharing a handler) is two subscriptions.
    const entry: LiveListener = (event) => listener(event);
    set.add(entry);
    return () => {
      const current = this.#listeners.get(key);
      if (!current) return;
      current.delete(entry);
      if (current.size === 0) this.#listeners.delete(key);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
    const stop = this.#stop;
    this.#stop = null;
    await stop?.();
  }

  #receive(raw: string): void {
    if (this.#closed) return;
    let payload: Payload;
    try {
      payload = payloadSchema.parse(JSON.parse(raw));
    } catch (err) {
      this.#log.warn({ err }, 'live updates: notification not understood, ignored');
      return;
    }
    for (const accountId of payload.a) {
      const set = this.#listeners.get(keyOf(payload.o, accountId));
      if (set) for (const listener of [...set]) this.#deliver(listener, payload.e);
    }
  }

  #emitToAll(event: LiveEvent): void {
    if (this.#closed) return;
    for (const set of this.#listeners.values())
      for (const listener of [...set]) this.#deliver(listener, event);
  }

  #deliver(listener: LiveListener, event: LiveEvent): void {
    try {
      listener(event);
    } catch (err) {
      // One broken stream must not keep the event from the others.
      this.#log.warn({ err }, 'live updates: a listener failed');
    }
  }
}

/** Starts listening for live events on `database`; close it before the database closes. */
export async function startRealtime(
  database: Pick<DatabaseHandle, 'listen'>,
  log: Logger,
): Promise<Realtime> {
  const realtime = new NotifyRealtime(log);
  await realtime.start(database);
  return realtime;
}
