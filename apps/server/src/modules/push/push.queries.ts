import type { Executor } from '../../db/sql.ts';

export interface NewPushSubscription {
  organisationId: string;
  accountId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  userAgent: string | null;
  at: Date;
}

/**
 * Stores a browser's subscription for the account; the same browser subscribing again (same endpoint) keeps its
 * one row, with the keys it now gives.
 */
export async function upsertSubscription(db: Executor, s: NewPushSubscription): Promise<void> {
  await db
    .insertInto('push_subscriptions')
    .values({
      organisation_id: s.organisationId,
      account_id: s.accountId,
      endpoint: s.endpoint,
      p256dh: s.p256dh,
      auth: s.auth,
      user_agent: s.userAgent,
      created_at: s.at,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'account_id', 'endpoint']).doUpdateSet({
        p256dh: s.p256dh,
        auth: s.auth,
        user_agent: s.userAgent,
        created_at: s.at,
      }),
    )
    .execute();
}

/**
 * Removes the account's subscriptions but the `keep` most recently subscribed or reached ones: browsers that were
 * reset or replaced never say goodbye, and every push goes to every subscription.
 */
export async function pruneSubscriptions(
  db: Executor,
  organisationId: string,
  accountId: string,
  keep: number,
): Promise<void> {
  const newest = db
    .selectFrom('push_subscriptions')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .orderBy((eb) => eb.fn.coalesce('last_success_at', 'created_at'), 'desc')
    .orderBy('id')
    .limit(keep);
  await db
    .deleteFrom('push_subscriptions')
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .where('id', 'not in', newest)
    .execute();
}

/** Removes the account's subscription with this endpoint, if it has one; answers whether it had. */
export async function deleteSubscription(
  db: Executor,
  organisationId: string,
  accountId: string,
  endpoint: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('push_subscriptions')
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
