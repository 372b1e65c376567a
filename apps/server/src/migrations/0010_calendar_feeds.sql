-- Calendar feeds (B3): a guardian's private iCalendar address. The address carries a random token of 256 bits;
-- only its SHA-256 is stored, so the address cannot be read back. Making a new address revokes the old one in the
-- same transaction; revoked rows stay as the history of the guardian's addresses.
CREATE TABLE calendar_feeds (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  guardian_id uuid NOT NULL,
  -- SHA-256 of the token; the public address is looked up by it, across organisations.
  token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
-- At most one working address per guardian.
CREATE UNIQUE INDEX calendar_feeds_active_idx ON calendar_feeds (organisation_id, guardian_id)
  WHERE revoked_at IS NULL;
