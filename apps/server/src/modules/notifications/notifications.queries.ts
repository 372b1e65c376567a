import { NOTIFICATION_DEFAULTS, type NotificationCategory, type NotificationChannel } from '@nestje/contract';
import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

type State = 'pending' | 'sent' | 'off';

/** SQL: whether the account's switch for a category and channel is on (its own row, else the default). */
function switchOn(category: NotificationCategory, channel: NotificationChannel, accountRef: string) {
  const account = sql.ref(accountRef);
  return sql<boolean>`coalesce((
    SELECT np.enabled FROM notification_preferences np
    WHERE np.organisation_id = a.organisation_id AND np.account_id = ${account}
      AND np.category = ${category} AND np.channel = ${channel}
  ), ${NOTIFICATION_DEFAULTS[category][channel]})`;
}

/**
 * One notification per recipient whose account is not disabled, with the delivery states its switches decide
 * (push only when the account has a push subscription). A recipient that has the event already gets nothing
 * new. Returns the rows written.
 */
export async function insertNotifications(
  db: Executor,
  n: {
    organisationId: string;
    category: NotificationCategory;
    eventKey: string;
    params: unknown;
    childId: string | null;
    at: Date;
    recipients: readonly { accountId: string; link: string }[];
  },
) {
  const accountIds = n.recipients.map((r) => r.accountId);
  const links = n.recipients.map((r) => r.link);
  const { rows } = await sql<{ id: string; accountId: string; emailState: State; pushState: State }>`
    INSERT INTO notifications (
      organisation_id, account_id, category, event_key, params, link, child_id, created_at,
      email_state, push_state
    )
    SELECT a.organisation_id, a.id, ${n.category}, ${n.eventKey}, ${JSON.stringify(n.params)}::jsonb, r.link,
      ${n.childId}::uuid, ${n.at},
      CASE WHEN ${switchOn(n.category, 'email', 'a.id')} THEN 'pending' ELSE 'off' END,
      CASE WHEN ${switchOn(n.category, 'push', 'a.id')} AND EXISTS (
        SELECT 1 FROM push_subscriptions ps WHERE ps.organisation_id = a.organisation_id AND ps.account_id = a.id
      ) THEN 'pending' ELSE 'off' END
    FROM unnest(${accountIds}::uuid[], ${links}::text[]) AS r(account_id, link)
    JOIN accounts a ON a.organisation_id = ${n.organisationId} AND a.id = r.account_id
    WHERE a.disabled_at IS NULL
    ON CONFLICT (organisation_id, account_id, event_key) DO NOTHING
    RETURNING id, account_id AS "accountId", email_state AS "emailState", push_state AS "pushState"`.execute(
    db,
  );
  return rows;
}

/** A notification with what delivering it needs: the account's address, language and name, the organisation. */
export async function selectForDelivery(db: Executor, organisationId: string, id: string) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.organisation_id', '=', 'n.organisation_id').onRef('a.id', '=', 'n.account_id'),
    )
    .innerJoin('organisations as o', 'o.id', 'n.organisation_id')
    .leftJoin('guardians as g', (j) =>
      j.onRef('g.organisation_id', '=', 'a.organisation_id').onRef('g.id', '=', 'a.guardian_id'),
    )
    .leftJoin('staff_members as s', (j) =>
      j.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .select([
      'n.id',
      'n.account_id as accountId',
      'n.category',
      'n.event_key as eventKey',
      'n.params',
      'n.link',
      'n.email_state as emailState',
      'n.push_state as pushState',
      'a.email',
      'a.locale',
      'a.disabled_at as disabledAt',
      sql<string>`coalesce(g.first_name, s.first_name, '')`.as('firstName'),
      'o.name as organisationName',
    ])
    .where('n.organisation_id', '=', organisationId)
    .where('n.id', '=', id)
    .executeTakeFirst();
}

/** A channel of a notification is done: 'sent' (at `at`) or 'off'; only ever from 'pending'. */
export async function setChannelState(
  db: Executor,
  organisationId: string,
  id: string,
  channel: 'email' | 'push',
  state: 'sent' | 'off',
  at: Date,
) {
  const sentAt = state === 'sent' ? at : null;
  await db
    .updateTable('notifications')
    .set(
      channel === 'email'
        ? { email_state: state, email_sent_at: sentAt }
        : { push_state: state, push_sent_at: sentAt },
    )
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where(channel === 'email' ? 'email_state' : 'push_state', '=', 'pending')
    .execute();
}

/** The account's push subscriptions this notification has not reached yet. */
export async function selectUnreachedSubscriptions(
  db: Executor,
  organisationId: string,
  n: { id: string; accountId: string },
) {
  return db
    .selectFrom('push_subscriptions as ps')
    .select(['ps.id', 'ps.endpoint', 'ps.p256dh', 'ps.auth'])
    .where('ps.organisation_id', '=', organisationId)
    .where('ps.account_id', '=', n.accountId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('push_deliveries as pd')
            .select(sql`1`.as('one'))
            .whereRef('pd.organisation_id', '=', 'ps.organisation_id')
            .whereRef('pd.subscription_id', '=', 'ps.id')
            .where('pd.notification_id', '=', n.id),
        ),
      ),
    )
    .orderBy('ps.created_at')
    .execute();
}

/** The push service took the notification for this subscription: never push it there again. */
export async function recordPushDelivery(
  db: Executor,
  organisationId: string,
  d: { notificationId: string; subscriptionId: string; at: Date },
) {
  await db
    .insertInto('push_deliveries')
    .values({
      organisation_id: organisationId,
      notification_id: d.notificationId,
      subscription_id: d.subscriptionId,
      delivered_at: d.at,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .updateTable('push_subscriptions')
    .set({ last_success_at: d.at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', d.subscriptionId)
    .execute();
}

/** The push service says the subscription no longer exists. */
export async function deleteSubscription(db: Executor, organisationId: string, subscriptionId: string) {
  await db
    .deleteFrom('push_subscriptions')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', subscriptionId)
    .execute();
}

/** The language the account reads in. */
export async function selectLocale(db: Executor, organisationId: string, accountId: string): Promise<string> {
  const row = await db
    .selectFrom('accounts')
    .select('locale')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return row.locale;
}

/** A page of the account's notifications, newest first, from before the cursor. */
export async function selectNotifications(
  db: Executor,
  organisationId: string,
  accountId: string,
  page: { before: { at: Date; id: string } | null; limit: number },
) {
  let q = db
    .selectFrom('notifications')
    .select([
      'id',
      'category',
      'params',
      'link',
      'child_id as childId',
      'created_at as createdAt',
      'read_at as readAt',
    ])
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId);
  const before = page.before;
  if (before)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', before.at),
        eb.and([eb('created_at', '=', before.at), eb('id', '<', before.id)]),
      ]),
    );
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
}

export async function countUnread(db: Executor, organisationId: string, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the account's unread notifications read: the given ones (others' ids are ignored), or all. */
export async function markRead(
  db: Executor,
  organisationId: string,
  accountId: string,
  ids: readonly string[] | null,
  at: Date,
): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null);
  if (ids) q = q.where('id', 'in', [...ids]);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The account's own switches (categories and channels it never changed are absent). */
export async function selectPreferences(db: Executor, organisationId: string, accountId: string) {
  return db
    .selectFrom('notification_preferences')
    .select(['category', 'channel', 'enabled'])
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .execute();
}

export async function upsertPreference(
  db: Executor,
  organisationId: string,
  p: {
    accountId: string;
    category: NotificationCategory;
    channel: NotificationChannel;
    enabled: boolean;
    at: Date;
  },
) {
  await db
    .insertInto('notification_preferences')
    .values({
      organisation_id: organisationId,
      account_id: p.accountId,
      category: p.category,
      channel: p.channel,
      enabled: p.enabled,
      updated_at: p.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'account_id', 'category', 'channel'])
        .doUpdateSet({ enabled: p.enabled, updated_at: p.at }),
    )
    .execute();
}
