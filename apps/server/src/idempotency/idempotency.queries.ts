import type { Transaction } from 'kysely';
import type { DB } from '../db/generated/schema.ts';
import type { Executor } from '../db/sql.ts';

/** Whose key it is: keys are per account within its organisation. */
export interface KeyOwner {
  organisationId: string;
  accountId: string;
  key: string;
}

export interface StoredKey {
  route: string;
  request_hash: Buffer;
  status_code: number | null;
  response: unknown;
}

/**
 * Claims the key in the caller's transaction; true when this transaction now holds it. When another open
 * transaction holds it, this waits until that one commits (false: the key is taken) or rolls back (true).
 */
export async function claimKey(
  trx: Transaction<DB>,
  owner: KeyOwner,
  request: { route: string; requestHash: Buffer; createdAt: Date },
): Promise<boolean> {
  const row = await trx
    .insertInto('idempotency_keys')
    .values({
      organisation_id: owner.organisationId,
      account_id: owner.accountId,
      key: owner.key,
      route: request.route,
      request_hash: request.requestHash,
      created_at: request.createdAt,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'account_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}

/** The answer kept with a claimed key, written in the transaction that claimed it. */
export async function storeAnswer(
  trx: Transaction<DB>,
  owner: KeyOwner,
  answer: { statusCode: number; response: string },
): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ status_code: answer.statusCode, response: answer.response })
    .where('organisation_id', '=', owner.organisationId)
    .where('account_id', '=', owner.accountId)
    .where('key', '=', owner.key)
    .execute();
}

export async function selectKey(db: Executor, owner: KeyOwner): Promise<StoredKey | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .select(['route', 'request_hash', 'status_code', 'response'])
    .where('organisation_id', '=', owner.organisationId)
    .where('account_id', '=', owner.accountId)
    .where('key', '=', owner.key)
    .executeTakeFirst();
}

/** Housekeeping across organisations: keys created before `before`. Returns how many went. */
export async function deleteKeysCreatedBefore(db: Executor, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
