/**
 * Idempotency keys: "a double submit creates one thing".
 *
 * A client may send `Idempotency-Key: <1–200 visible ASCII characters>` with a create. Every request of the
 * same account with that key then changes things at most once:
 *
 * - The route answers through `sendIdempotent`, which reads the key and hands it to the service; the service
 *   runs its change through `idempotentTransaction` instead of opening a transaction itself.
 * - `idempotentTransaction` inserts the key row as the first statement of the change's transaction, runs the
 *   change, and writes the answer into the key row before the commit: the change and its answer commit
 *   together or not at all (a crash after the commit loses nothing, a crash before it leaves nothing).
 * - A repeat finds the row and gets the stored status and body again, with `Idempotent-Replayed: true`,
 *   before the service's own checks run (they might fail now: the address the first request used is taken).
 *   A concurrent repeat waits on the key's unique index until the first transaction ends: after a commit it
 *   replays the answer, after a rollback it runs as if it were first. A repeat that failed on what a
 *   concurrent request with the same key did (its check ran just after that one committed) is answered from
 *   that request's answer too.
 * - The same key with another route or other data (route parameters, query, body) answers 422
 *   `idempotency.mismatch`: a key names one request.
 * - Only a success is kept. Any error rolls the claim back with the change, so a retry with the same key
 *   (after a time-out, or once a conflict is resolved) runs again; a corrected request should take a new key.
 * - Keys belong to the signed-in account that sent them (another account's same key is another key) and
 *   are kept for 24 hours (`idempotency.jobs.ts`).
 * - A stored answer that shows child data is read again when it is replayed: such routes audit it through
 *   `onReplay` (see the families routes).
 *
 * A service that takes part looks like this:
 *
 *     export function createThing(ctx, principal, body, idempotency: Idempotency | null = null) {
 *       checkThing(body); // checks that read nothing, or read outside the transaction
 *       return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
 *         const id = await insertThing(trx, principal.organisationId, body);
 *         await recordAudit(trx, ctx.clock, {...});
 *         return getThing(tx, principal, id); // the answer, read in the same transaction
 *       });
 *     }
 *
 * and its route: `async (request, reply) => sendIdempotent(ctx, request, reply, (idempotency) =>
 * createThing(ctx, principalOf(request), request.body, idempotency))`, with `headers: idempotencyHeadersSchema`
 * in the route's schema so the OpenAPI description lists the header.
 */
import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, idempotencyKeySchema } from '@nestje/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/generated/schema.ts';
import { AppError, fieldError } from '../errors.ts';
import { toDate } from '../time/clock.ts';
import { claimKey, type KeyOwner, type StoredKey, selectKey, storeAnswer } from './idempotency.queries.ts';

/** A request's idempotency key, whose it is, and what identifies the request it was sent with. */
export interface Idempotency extends KeyOwner {
  /** Method and route pattern, e.g. `POST /api/v1/locations`. */
  route: string;
  /** SHA-256 of the canonical JSON of the route parameters, query and body. */
  requestHash: Buffer;
  /** The status the route answers a success with; kept with the answer. */
  statusCode: number;
}

/** The key was used before for another route or other data. */
export class IdempotencyMismatch extends AppError {
  constructor() {
    super(422, 'idempotency.mismatch', 'This idempotency key was used for another request');
  }
}

/** The key already holds an answer: the request is not run again and the stored answer is sent instead. */
export class Replay extends Error {
  readonly statusCode: number;
  readonly body: unknown;
  constructor(statusCode: number, body: unknown) {
    super('The stored answer of an earlier request with this idempotency key');
    this.statusCode = statusCode;
    this.body = body;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with the keys of every object in sorted order, so equal data gives equal text whatever its order. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value ?? null, (_key, v: unknown) =>
      isPlainObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, v[k]]),
          )
        : v,
    ) ?? 'null'
  );
}

/** What identifies a request besides its route: its parameters, query and body. */
export function requestHash(request: { params?: unknown; query?: unknown; body?: unknown }): Buffer {
  const data = { params: request.params ?? {}, query: request.query ?? {}, body: request.body ?? null };
  return createHash('sha256').update(canonicalJson(data)).digest();
}

/**
 * The idempotency of a request: null without the header; a 400 on `headers.idempotency-key` for a key that
 * is not 1–200 visible ASCII characters. Only for routes with a signed-in account.
 */
export function idempotencyOf(request: FastifyRequest, statusCode: number): Idempotency | null {
  const header = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (header === undefined) return null;
  const key = idempotencyKeySchema.safeParse(header);
  if (!key.success) {
    throw fieldError(
      `headers.${IDEMPOTENCY_KEY_HEADER}`,
      'invalid_format',
      'An idempotency key is 1 to 200 visible ASCII characters',
    );
  }
  const principal = request.principal;
  if (!principal) throw new Error('Idempotency keys need a signed-in account');
  return {
    organisationId: principal.organisationId,
    accountId: principal.accountId,
    key: key.data,
    route: `${request.method} ${request.routeOptions.url ?? request.url}`,
    requestHash: requestHash(request),
    statusCode,
  };
}

/** The stored answer for this request, or 422 when the key was first used for another request. */
function replayOf(stored: StoredKey, idempotency: Idempotency): Replay {
  if (stored.route !== idempotency.route || !stored.request_hash.equals(idempotency.requestHash)) {
    throw new IdempotencyMismatch();
  }
  // A committed key always holds its answer (it is written before the commit); an empty one is a bug.
  if (stored.status_code === null) throw new Error('An idempotency key without its answer');
  return new Replay(stored.status_code, stored.response);
}

/** The context of a transaction: everything of `ctx`, with its queries running in `trx`. */
function inTransaction(ctx: AppContext, trx: Transaction<DB>): AppContext {
  return { ...ctx, db: trx };
}

/**
 * Runs a change in one transaction, exactly once per idempotency key (a plain transaction without one).
 * `work` gets the transaction and a context whose queries run in it (`tx`, for reading the answer: the
 * embedded database has one connection, so nothing in `work` may use `ctx.db`). Its result is the answer:
 * it is stored with the key as JSON, so it must be what the route sends. When the key already holds an answer,
 * nothing runs and `Replay` is thrown (`sendIdempotent` sends it); other data under the key throws 422.
 */
export async function idempotentTransaction<T>(
  ctx: AppContext,
  idempotency: Idempotency | null,
  work: (trx: Transaction<DB>, tx: AppContext) => Promise<T>,
): Promise<T> {
  if (!idempotency) return ctx.db.transaction().execute((trx) => work(trx, inTransaction(ctx, trx)));
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const claimed = await claimKey(trx, idempotency, {
      route: idempotency.route,
      requestHash: idempotency.requestHash,
      createdAt: toDate(ctx.clock.now()),
    });
    if (!claimed) {
      // Taken by a transaction that has committed (the claim waited for it): its answer is this one's.
      const stored = await selectKey(trx, idempotency);
      if (!stored) throw new Error('An idempotency key vanished while it was claimed');
      return { done: false as const, replay: replayOf(stored, idempotency) };
    }
    const value = await work(trx, inTransaction(ctx, trx));
    await storeAnswer(trx, idempotency, {
      statusCode: idempotency.statusCode,
      response: value === undefined ? 'null' : JSON.stringify(value),
    });
    return { done: true as const, value };
  });
  if (!outcome.done) throw outcome.replay;
  return outcome.value;
}

export interface SendOptions<T> {
  /** The status of a success; 201 (created) unless said otherwise. */
  status?: number;
  /** Runs before a stored answer is sent again, e.g. to audit a read of the child data it holds. */
  onReplay?: (body: T) => Promise<void>;
}

async function sendReplay<T>(reply: FastifyReply, replay: Replay, options: SendOptions<T>) {
  await options.onReplay?.(replay.body as T);
  return reply.code(replay.statusCode).header(IDEMPOTENT_REPLAYED_HEADER, 'true').send(replay.body);
}

/**
 * Answers a route that creates something, honouring its `Idempotency-Key` header: `run` gets the request's
 * idempotency (null without a key) to pass to the service, and its result is sent with `options.status`. A
 * key that holds an answer already is answered from it at once; so is a request that failed because a
 * concurrent request with the same key committed first (a name it then took, say).
 */
export async function sendIdempotent<T>(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  run: (idempotency: Idempotency | null) => Promise<T>,
  options: SendOptions<T> = {},
): Promise<FastifyReply> {
  const status = options.status ?? 201;
  const idempotency = idempotencyOf(request, status);
  if (idempotency) {
    const stored = await selectKey(ctx.db, idempotency);
    if (stored) return sendReplay(reply, replayOf(stored, idempotency), options);
  }
  try {
    return reply.code(status).send(await run(idempotency));
  } catch (err) {
    if (err instanceof Replay) return sendReplay(reply, err, options);
    if (idempotency && !(err instanceof IdempotencyMismatch)) {
      const stored = await selectKey(ctx.db, idempotency).catch(() => undefined);
      if (stored) return sendReplay(reply, replayOf(stored, idempotency), options);
    }
    throw err;
  }
}
