-- Accounts, sessions and single-use tokens. An account belongs to one organisation and is either a guardian's
-- or a staff member's; one person with two roles or two organisations has two accounts, and one browser can
-- hold sessions of several accounts at once.
CREATE TABLE accounts (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  kind text NOT NULL CHECK (kind IN ('guardian', 'staff')),
  guardian_id uuid,
  staff_member_id uuid,
  password_hash text,
  locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
  disabled_at timestamptz,
  activated_at timestamptz,
  password_changed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, staff_member_id) REFERENCES staff_members (organisation_id, id) ON DELETE CASCADE,
  CHECK (
    (kind = 'guardian' AND guardian_id IS NOT NULL AND staff_member_id IS NULL) OR
    (kind = 'staff' AND staff_member_id IS NOT NULL AND guardian_id IS NULL)
  )
);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (organisation_id, email, kind);
CREATE INDEX accounts_email_lookup_idx ON accounts (email);
CREATE UNIQUE INDEX accounts_guardian_idx ON accounts (organisation_id, guardian_id) WHERE guardian_id IS NOT NULL;
CREATE UNIQUE INDEX accounts_staff_idx ON accounts (organisation_id, staff_member_id) WHERE staff_member_id IS NOT NULL;

-- Sessions: only the SHA-256 of the opaque token is stored. A session ends at its absolute expiry, after an
-- idle period without use, or when revoked.
CREATE TABLE sessions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  idle_timeout_seconds integer NOT NULL CHECK (idle_timeout_seconds > 0),
  user_agent text NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_account_idx ON sessions (organisation_id, account_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Single-use tokens for activation and password reset; only their SHA-256 is stored.
CREATE TABLE account_tokens (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('activation', 'password_reset')),
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE,
  CHECK (expires_at >= created_at)
);
CREATE INDEX account_tokens_account_idx ON account_tokens (organisation_id, account_id, purpose);

-- Fixed-window counters for rate limits, shared by every server process.
CREATE TABLE rate_limit_counters (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limit_counters_window_idx ON rate_limit_counters (window_start);

-- Mail kept in the database when no SMTP server is configured (demo and development); the mailbox page shows it.
CREATE TABLE dev_mails (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid REFERENCES organisations (id),
  recipient text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Audit log of every read or change of child data and of security events.
CREATE TABLE audit_events (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Insertion order: several events can share one moment.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL,
  actor_account_id uuid,
  action text NOT NULL,
  child_ids uuid[] NOT NULL DEFAULT '{}',
  subject_type text,
  subject_id uuid,
  details jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (organisation_id, id)
);
CREATE INDEX audit_events_at_idx ON audit_events (organisation_id, at DESC, seq DESC);
CREATE INDEX audit_events_children_idx ON audit_events USING gin (child_ids);
