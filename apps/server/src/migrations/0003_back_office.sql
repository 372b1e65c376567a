-- The back office: branding images, closing days, the location a child is registered at, placement history,
-- guardian invitations and CSV imports.

-- The organisation's logo, re-encoded by the server (no metadata); public because it is shown before sign-in.
CREATE TABLE organisation_logos (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
  data bytea NOT NULL,
  sha256 text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Days the organisation or one location is closed (no care, no requests). A null location means every location.
CREATE TABLE closing_days (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  location_id uuid,
  date date NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, location_id) REFERENCES locations (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX closing_days_unique_idx ON closing_days (
  organisation_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), date
);

-- A staff member's address is unique within the organisation, as is a guardian's (each gets one account).
CREATE UNIQUE INDEX staff_members_email_idx ON staff_members (organisation_id, lower(email));
CREATE UNIQUE INDEX guardians_email_idx ON guardians (organisation_id, lower(email));

-- The location a child is registered at: planners of that location see the child before any placement starts.
-- The reference the previous system used, so a repeated import recognises the child.
ALTER TABLE children ADD COLUMN location_id uuid;
ALTER TABLE children ADD COLUMN external_ref text CHECK (length(external_ref) BETWEEN 1 AND 100);
UPDATE children c SET location_id = (
  SELECT g.location_id FROM placements p
  JOIN groups g ON g.organisation_id = p.organisation_id AND g.id = p.group_id
  WHERE p.organisation_id = c.organisation_id AND p.child_id = c.id
  ORDER BY p.start_date LIMIT 1
);
UPDATE children c SET location_id = (
  SELECT l.id FROM locations l WHERE l.organisation_id = c.organisation_id ORDER BY l.created_at, l.id LIMIT 1
) WHERE location_id IS NULL;
ALTER TABLE children ALTER COLUMN location_id SET NOT NULL;
ALTER TABLE children ADD FOREIGN KEY (organisation_id, location_id) REFERENCES locations (organisation_id, id);
CREATE INDEX children_location_idx ON children (organisation_id, location_id);
CREATE UNIQUE INDEX children_external_ref_idx ON children (organisation_id, external_ref) WHERE external_ref IS NOT NULL;

-- A child's photo, re-encoded by the server; served only to those who may read the child.
CREATE TABLE child_photos (
  organisation_id uuid NOT NULL,
  child_id uuid NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/webp')),
  data bytea NOT NULL,
  sha256 text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, child_id),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE
);

-- Changing a placement from a date on ends the old one the day before and continues in a new one, so the past
-- is never rewritten; the new placement points at the one it continues.
ALTER TABLE placements ADD COLUMN previous_placement_id uuid;
ALTER TABLE placements
  ADD FOREIGN KEY (organisation_id, previous_placement_id) REFERENCES placements (organisation_id, id);
CREATE INDEX placements_child_idx ON placements (organisation_id, child_id, start_date);

-- When the first activation mail went out (by the invitation job or by staff). The job only invites accounts
-- where this is null and sets it in the same transaction that queues the mail: exactly once.
ALTER TABLE accounts ADD COLUMN invited_at timestamptz;
UPDATE accounts a SET invited_at = coalesce(
  (SELECT min(t.created_at) FROM account_tokens t
   WHERE t.organisation_id = a.organisation_id AND t.account_id = a.id AND t.purpose = 'activation'),
  a.activated_at
);
CREATE INDEX accounts_not_invited_idx ON accounts (organisation_id) WHERE invited_at IS NULL AND kind = 'guardian';

-- A CSV import: the file, its dry-run report and its outcome. It is carried out once, in one transaction.
CREATE TABLE imports (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_by_account_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content text NOT NULL,
  status text NOT NULL CHECK (status IN ('checked', 'completed')),
  report jsonb NOT NULL,
  completed_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by_account_id) REFERENCES accounts (organisation_id, id)
);
CREATE INDEX imports_created_idx ON imports (organisation_id, created_at DESC);
