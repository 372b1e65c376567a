-- Idempotency keys: a request sent with an `Idempotency-Key` header changes things at most once per account
-- and key. The key row is inserted first in the transaction of the change and holds the answer once that
-- transaction commits, so a repeat (after a lost answer, a second click, a crash) gets the stored answer and a
-- concurrent repeat waits on the key until the first commits or rolls back. Rows are removed after 24 hours.
CREATE TABLE idempotency_keys (
  organisation_id uuid NOT NULL,
  account_id uuid NOT NULL,
  key text NOT NULL CHECK (key ~ '^[!-~]{1,200}$'),
  -- The method and route pattern, e.g. `POST /api/v1/children/:childId/placements`.
  route text NOT NULL CHECK (length(route) BETWEEN 1 AND 300),
  -- SHA-256 of the request's canonical JSON (route parameters, query and body).
  request_hash bytea NOT NULL CHECK (length(request_hash) = 32),
  -- The stored answer; empty only inside the transaction that claimed the key, never once it commits.
  status_code smallint CHECK (status_code BETWEEN 200 AND 299),
  response jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, account_id, key),
  FOREIGN KEY (organisation_id, account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE,
  CHECK ((status_code IS NULL) = (response IS NULL))
);
-- The hourly purge removes keys by age across organisations.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
