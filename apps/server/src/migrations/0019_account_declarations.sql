-- Declarations (verklaringen) and a guardian's own data (P17, S7). See docs/declarations.md.

-- A form the organisation asks guardians to fill in and sign per child, e.g. about medicine use.
CREATE TABLE declaration_forms (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  position integer NOT NULL DEFAULT 0,
  -- Inactive forms are no longer asked; what was signed on them is kept.
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id)
);

-- The form's content, versioned: editing a form makes a new version, and a signed declaration keeps pointing at
-- the version it was signed on, so what the guardian saw and signed can always be shown as it was.
CREATE TABLE declaration_form_versions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  form_id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  -- [{id, type, label, required, options}], checked by the server against the contract.
  fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'array' AND jsonb_array_length(fields) BETWEEN 1 AND 30),
  created_at timestamptz NOT NULL,
  created_by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  UNIQUE (organisation_id, form_id, version),
  FOREIGN KEY (organisation_id, form_id) REFERENCES declaration_forms (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, created_by_account_id) REFERENCES accounts (organisation_id, id)
);

-- Every declaration ever signed: the values, for which child, on which version, by which guardian and account,
-- with the full name they typed and the moment. The latest per child and form is the current one.
CREATE TABLE declarations (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  form_id uuid NOT NULL,
  form_version_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  "values" jsonb NOT NULL CHECK (jsonb_typeof("values") = 'object'),
  signed_name text NOT NULL CHECK (length(signed_name) BETWEEN 2 AND 200),
  signed_at timestamptz NOT NULL,
  signed_by_account_id uuid NOT NULL,
  -- The order of signing, for two signatures within the same moment.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, form_id) REFERENCES declaration_forms (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, form_version_id)
    REFERENCES declaration_form_versions (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, signed_by_account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX declarations_child_idx ON declarations (organisation_id, child_id, form_id, signed_at DESC, seq DESC);

-- A signed declaration and a published version are records of what was agreed: never changed, only followed by
-- a newer one.
CREATE FUNCTION declarations_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'declarations and form versions are never changed; record a new one';
END;
$$;
CREATE TRIGGER declarations_no_update BEFORE UPDATE ON declarations
  FOR EACH ROW EXECUTE FUNCTION declarations_immutable();
CREATE TRIGGER declaration_form_versions_no_update BEFORE UPDATE ON declaration_form_versions
  FOR EACH ROW EXECUTE FUNCTION declarations_immutable();

-- A guardian's change of their own name or address waits for the organisation's approval (the phone number
-- changes at once). The requested and the previous values are kept with who decided and when.
CREATE TABLE guardian_change_requests (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  guardian_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('name', 'address')),
  requested jsonb NOT NULL CHECK (jsonb_typeof(requested) = 'object'),
  previous jsonb NOT NULL CHECK (jsonb_typeof(previous) = 'object'),
  -- superseded: the guardian asked something else for the same part before a decision.
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
  requested_at timestamptz NOT NULL,
  requested_by_account_id uuid NOT NULL,
  decided_at timestamptz,
  decided_by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, requested_by_account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, decided_by_account_id) REFERENCES accounts (organisation_id, id),
  CHECK ((status = 'pending') = (decided_at IS NULL))
);
-- At most one open request per guardian and part.
CREATE UNIQUE INDEX guardian_change_requests_pending_idx
  ON guardian_change_requests (organisation_id, guardian_id, kind) WHERE status = 'pending';
CREATE INDEX guardian_change_requests_guardian_idx
  ON guardian_change_requests (organisation_id, guardian_id, requested_at DESC);
