-- The notification centre (P17 Notificaties): what happened for an account (a message, a photo, a diary entry, a
-- request assessed or expired, an absence, news, a newsletter), shown in the app and delivered by e-mail and push
-- as the account's switches say. A notification is written in the transaction of its cause, with its deliveries;
-- jobs deliver them after commit. One notification per account per event: the event key is unique per account.

-- An account's switches per category and channel; a missing row means the category's default.
CREATE TABLE notification_preferences (
  organisation_id uuid NOT NULL,
  account_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN (
    'message', 'photo', 'diary', 'request_assessed', 'request_expired', 'absence', 'news', 'newsletter'
  )),
  channel text NOT NULL CHECK (channel IN ('email', 'push')),
  enabled boolean NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, account_id, category, channel),
  FOREIGN KEY (organisation_id, account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE notifications (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN (
    'message', 'photo', 'diary', 'request_assessed', 'request_expired', 'absence', 'news', 'newsletter'
  )),
  -- What happened, e.g. `message:<id>`: the same event never makes a second notification for an account.
  event_key text NOT NULL CHECK (length(event_key) BETWEEN 1 AND 200),
  -- The facts the texts are made from; texts are rendered in the reader's language when shown or sent.
  params jsonb NOT NULL,
  -- Where in the portal it leads (a path such as `/berichten/<id>`).
  link text NOT NULL CHECK (link ~ '^/[^/]'),
  child_id uuid,
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  -- Decided from the switches when written: 'pending' until delivered, 'sent', or 'off' (switched off, or no
  -- address/subscription). A delivery job only ever sends a 'pending' one.
  email_state text NOT NULL CHECK (email_state IN ('pending', 'sent', 'off')),
  email_sent_at timestamptz,
  push_state text NOT NULL CHECK (push_state IN ('pending', 'sent', 'off')),
  push_sent_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  UNIQUE (organisation_id, account_id, event_key),
  FOREIGN KEY (organisation_id, account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE
);
-- The in-app list, newest first, and its unread count.
CREATE INDEX notifications_account_idx ON notifications (organisation_id, account_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (organisation_id, account_id) WHERE read_at IS NULL;

-- A browser's Web Push subscription for an account (one browser may hold several accounts).
CREATE TABLE push_subscriptions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL,
  endpoint text NOT NULL CHECK (endpoint ~ '^https://' AND length(endpoint) <= 2000),
  -- The browser's public key (P-256, base64url) and authentication secret (base64url), RFC 8291.
  p256dh text NOT NULL CHECK (p256dh ~ '^[A-Za-z0-9_-]{80,100}$'),
  auth text NOT NULL CHECK (auth ~ '^[A-Za-z0-9_-]{16,30}$'),
  user_agent text CHECK (length(user_agent) <= 500),
  created_at timestamptz NOT NULL,
  last_success_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, account_id, endpoint),
  FOREIGN KEY (organisation_id, account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);

-- Which subscriptions a notification's push reached: a retry after a crash never pushes twice to one browser.
CREATE TABLE push_deliveries (
  organisation_id uuid NOT NULL,
  notification_id uuid NOT NULL,
  subscription_id uuid NOT NULL,
  delivered_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, notification_id, subscription_id),
  FOREIGN KEY (organisation_id, notification_id) REFERENCES notifications (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, subscription_id) REFERENCES push_subscriptions (organisation_id, id) ON DELETE CASCADE
);
