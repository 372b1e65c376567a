-- Absences (afwezigheid), credits (tegoeden) and paying extra days with a credit. See docs/absences-credits.md.

-- The planning policy's rules for absences, overridable per group kind like the others:
-- - absence_credit_weeks: an absence reported in time yields a credit of the absent time, valid this many weeks
--   from the absent day; 0 means absences yield no credit.
-- - absence_credit_lead_hours: "in time" means at least this many hours before the day part starts.
-- - absence_cancel_deadline_hours: a reported absence can be cancelled until this many hours before the day part.
ALTER TABLE planning_policies
  ADD COLUMN absence_credit_weeks integer NOT NULL DEFAULT 0 CHECK (absence_credit_weeks BETWEEN 0 AND 104),
  ADD COLUMN absence_credit_lead_hours integer NOT NULL DEFAULT 24
    CHECK (absence_credit_lead_hours BETWEEN 0 AND 8760),
  ADD COLUMN absence_cancel_deadline_hours integer NOT NULL DEFAULT 0
    CHECK (absence_cancel_deadline_hours BETWEEN 0 AND 8760);
ALTER TABLE planning_policy_overrides
  ADD COLUMN absence_credit_weeks integer CHECK (absence_credit_weeks BETWEEN 0 AND 104),
  ADD COLUMN absence_credit_lead_hours integer CHECK (absence_credit_lead_hours BETWEEN 0 AND 8760),
  ADD COLUMN absence_cancel_deadline_hours integer CHECK (absence_cancel_deadline_hours BETWEEN 0 AND 8760);

-- One report of a guardian ("Afwezigheid doorgeven"): one or more children, a day or a period.
CREATE TABLE absences (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  guardian_id uuid NOT NULL,
  submitted_by_account_id uuid NOT NULL,
  reason text NOT NULL CHECK (reason IN ('sick', 'holiday', 'other')),
  comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
  submitted_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, submitted_by_account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);

-- One planned day part of one child reported absent: a contract day part or an approved extra day.
CREATE TABLE absence_lines (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  absence_id uuid NOT NULL,
  child_id uuid NOT NULL,
  group_id uuid NOT NULL,
  care_product_id uuid NOT NULL,
  date date NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  -- The approved extra day that is reported absent; null for a contract day part.
  request_line_id uuid,
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled')),
  cancelled_at timestamptz,
  cancelled_by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, absence_id) REFERENCES absences (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id),
  FOREIGN KEY (organisation_id, care_product_id) REFERENCES care_products (organisation_id, id),
  FOREIGN KEY (organisation_id, request_line_id) REFERENCES care_request_lines (organisation_id, id),
  FOREIGN KEY (organisation_id, cancelled_by_account_id) REFERENCES accounts (organisation_id, id),
  CHECK (end_time > start_time),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  -- A day part is reported absent once.
  EXCLUDE USING gist (
    organisation_id WITH =, child_id WITH =, tsrange(date + start_time, date + end_time) WITH &&
  ) WHERE (status = 'registered')
);
CREATE INDEX absence_lines_absence_idx ON absence_lines (organisation_id, absence_id);
CREATE INDEX absence_lines_child_idx ON absence_lines (organisation_id, child_id, date) WHERE status = 'registered';
CREATE INDEX absence_lines_group_idx ON absence_lines (organisation_id, group_id, date) WHERE status = 'registered';

-- A credit of one child: minutes of care, or points (one point pays one day part).
CREATE TABLE credits (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  unit text NOT NULL CHECK (unit IN ('minutes', 'points')),
  source text NOT NULL CHECK (source IN ('absence', 'grant', 'compensation')),
  -- The absence it came from (source absence).
  absence_line_id uuid,
  valid_from date NOT NULL,
  valid_until date NOT NULL,
  -- Usable only in school weeks, only in holiday weeks, or in any week.
  week_type text NOT NULL DEFAULT 'any' CHECK (week_type IN ('school', 'holiday', 'any')),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  created_at timestamptz NOT NULL,
  created_by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, absence_line_id) REFERENCES absence_lines (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by_account_id) REFERENCES accounts (organisation_id, id),
  CHECK (valid_until >= valid_from),
  CHECK ((source = 'absence') = (absence_line_id IS NOT NULL))
);
CREATE INDEX credits_child_idx ON credits (organisation_id, child_id, valid_until);
CREATE UNIQUE INDEX credits_absence_line_idx ON credits (organisation_id, absence_line_id) WHERE absence_line_id IS NOT NULL;

-- Every change of a credit's balance: what it was granted, each use for a request line and its refund, staff
-- corrections, and the withdrawal when its absence is cancelled. The balance is the sum of the amounts.
CREATE TABLE credit_entries (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  credit_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('grant', 'use', 'refund', 'correction', 'withdrawal')),
  amount integer NOT NULL,
  request_line_id uuid,
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  at timestamptz NOT NULL,
  by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, credit_id) REFERENCES credits (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, request_line_id) REFERENCES care_request_lines (organisation_id, id),
  FOREIGN KEY (organisation_id, by_account_id) REFERENCES accounts (organisation_id, id),
  CHECK (kind NOT IN ('use', 'refund') OR request_line_id IS NOT NULL),
  CHECK (kind <> 'use' OR amount < 0),
  CHECK (kind NOT IN ('grant', 'refund') OR amount > 0)
);
CREATE INDEX credit_entries_credit_idx ON credit_entries (organisation_id, credit_id);
-- A line uses a credit once and gets it back at most once.
CREATE UNIQUE INDEX credit_entries_line_idx ON credit_entries (organisation_id, request_line_id, kind)
  WHERE request_line_id IS NOT NULL;

-- A request line may be paid with a credit.
ALTER TABLE care_request_lines DROP CONSTRAINT care_request_lines_payment_check;
ALTER TABLE care_request_lines
  ADD COLUMN credit_id uuid,
  ADD CONSTRAINT care_request_lines_payment_check CHECK (payment IN ('invoice', 'credit')),
  ADD CONSTRAINT care_request_lines_credit_check CHECK ((payment = 'credit') = (credit_id IS NOT NULL)),
  ADD CONSTRAINT care_request_lines_credit_fkey FOREIGN KEY (organisation_id, credit_id)
    REFERENCES credits (organisation_id, id);
