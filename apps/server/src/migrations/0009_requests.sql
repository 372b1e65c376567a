-- Requests (aanvragen): what a family asks for beyond its contract, assessed by the organisation's planners.
-- See docs/requests.md for the rules (capacity, expiry moment, cancelling, the one message).

-- One submission ("Indienen") of a guardian: one or more bookings for one or more children, made at family level.
CREATE TABLE care_requests (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Extra day (extra opvang); swaps join later.
  kind text NOT NULL CHECK (kind IN ('extra')),
  guardian_id uuid NOT NULL,
  submitted_by_account_id uuid NOT NULL,
  -- "Als geheel beoordelen": one rejected line rejects every line. Only for a request of one single date.
  assess_as_whole boolean NOT NULL DEFAULT false,
  -- "Aanvraag vervalt automatisch op": open lines expire at 00:00 Europe/Amsterdam at the start of this date.
  expires_on date,
  comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
  submitted_at timestamptz NOT NULL,
  -- When the last open line was closed; the one message to the parent is sent in that transaction.
  concluded_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, submitted_by_account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX care_requests_guardian_idx ON care_requests (organisation_id, guardian_id, submitted_at DESC);

-- One line: one child, one date, one day part. A booking of a period gives a line per date; the lines of one
-- child in one booking share `booking_id` and are cancelled together.
CREATE TABLE care_request_lines (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL,
  booking_id uuid NOT NULL,
  child_id uuid NOT NULL,
  group_id uuid NOT NULL,
  care_product_id uuid NOT NULL,
  date date NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  -- What the day part costs at submission (the product's price then), in cents.
  price_cents integer NOT NULL CHECK (price_cents >= 0),
  -- How it is paid: by invoice; credits join later.
  payment text NOT NULL DEFAULT 'invoice' CHECK (payment IN ('invoice')),
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled', 'expired')),
  -- The moment the line expires while still pending: the earlier of the request's expiry date and the policy's
  -- request deadline for this day part.
  expires_at timestamptz NOT NULL,
  -- The organisation's reason for a rejection.
  reason text CHECK (length(reason) BETWEEN 1 AND 500),
  decided_at timestamptz,
  decided_by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, request_id) REFERENCES care_requests (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id),
  FOREIGN KEY (organisation_id, care_product_id) REFERENCES care_products (organisation_id, id),
  FOREIGN KEY (organisation_id, decided_by_account_id) REFERENCES accounts (organisation_id, id),
  CHECK (end_time > start_time),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK ((status = 'rejected') = (reason IS NOT NULL)),
  -- A child never has two open or approved extra day parts that overlap.
  EXCLUDE USING gist (
    organisation_id WITH =, child_id WITH =, tsrange(date + start_time, date + end_time) WITH &&
  ) WHERE (status IN ('pending', 'approved'))
);
CREATE INDEX care_request_lines_request_idx ON care_request_lines (organisation_id, request_id);
CREATE INDEX care_request_lines_child_idx ON care_request_lines (organisation_id, child_id, date);
-- Occupancy and the assessment queue: the open and approved lines of a group on a date.
CREATE INDEX care_request_lines_group_idx ON care_request_lines (organisation_id, group_id, date)
  WHERE status IN ('pending', 'approved');
-- The expiry job: open lines by their moment.
CREATE INDEX care_request_lines_expiry_idx ON care_request_lines (expires_at) WHERE status = 'pending';
