/**
 * The notification part of the scale seed (`scale-seed.ts`): every guardian account gets a year of message
 * notifications, one about every four days (90 each), all read but the newest three, mailed and not pushed. The
 * in-app list and its unread badge are measured on that. Runs in the seed's transaction, after `s_ctx` exists.
 */
import type { Statement } from './scale-seed-sql.ts';

/** Notifications per guardian account. */
const PER_ACCOUNT = 90;

export const notificationsSql = (): Statement[] => [
  `INSERT INTO notifications (organisation_id, account_id, category, event_key, params, link, child_id,
    created_at, read_at, email_state, email_sent_at, push_state)
  SELECT a.organisation_id, a.id, 'message', 'bench:' || k,
    jsonb_build_object('threadId', t.id, 'authorName', 'Mila Jansen', 'childName', 'Kind',
      'subject', 'Onderwerp ' || k, 'preview', 'Een bericht over de dag van vandaag.'),
    '/berichten/' || t.id, NULL,
    now() - make_interval(secs => k * 345600 + (abs(hashtext(a.id::text)) % 3600)),
    CASE WHEN k >= 3 THEN now() - make_interval(secs => k * 345600 - 600) END,
    'sent', now() - make_interval(secs => k * 345600), 'off'
  FROM s_ctx c
  JOIN accounts a ON a.organisation_id = c.org AND a.kind = 'guardian'
  CROSS JOIN generate_series(0, ${PER_ACCOUNT - 1}) AS k
  CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id) t
  ON CONFLICT DO NOTHING`,
];

export const NOTIFICATIONS_SUMMARY = `SELECT count(*)::int AS notifications FROM notifications n
  JOIN s_ctx c ON n.organisation_id = c.org`;

/** The tables the notification seed grew. */
export const NOTIFICATIONS_TABLES = ['notifications'];
