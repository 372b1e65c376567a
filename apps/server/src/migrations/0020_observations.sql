-- Observations (kindvolgsysteem, P17, S7), where the organisation has the feature: forms the organisation defines,
-- filled in by staff per child, shared with the guardians or not. See docs/observations.md.

CREATE TABLE observation_forms (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- Inactive forms are no longer filled in; observations on them are kept.
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id)
);

-- The fields of a form, versioned: changing the fields makes a new version, and an observation names the version
-- it was filled on, so an older observation keeps showing the questions it answered. Versions are never changed.
CREATE TABLE observation_form_versions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  form_id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  -- [{ key, label, kind, required, options?, scaleLabels? }], checked by the contract before it is written.
  fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'array' AND jsonb_array_length(fields) BETWEEN 1 AND 50),
  created_at timestamptz NOT NULL,
  created_by_account_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  UNIQUE (organisation_id, form_id, version),
  FOREIGN KEY (organisation_id, form_id) REFERENCES observation_forms (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, created_by_account_id) REFERENCES accounts (organisation_id, id)
);

CREATE FUNCTION observation_form_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a form version is never changed; publish a new version';
END;
$$;
CREATE TRIGGER observation_form_versions_no_update BEFORE UPDATE ON observation_form_versions
  FOR EACH ROW EXECUTE FUNCTION observation_form_versions_immutable();

-- One filled-in form for one child. A draft is still being written; a final observation no longer changes and
-- only a final one can be shared with the guardians. Sharing records who shared it and when; unsharing clears it.
CREATE TABLE observations (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  form_version_id uuid NOT NULL,
  observed_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'final')),
  -- { fieldKey: value }, checked against the version's fields by the service.
  "values" jsonb NOT NULL CHECK (jsonb_typeof("values") = 'object'),
  created_at timestamptz NOT NULL,
  created_by_account_id uuid NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by_account_id uuid NOT NULL,
  shared_at timestamptz,
  shared_by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  CHECK ((shared_at IS NULL) = (shared_by_account_id IS NULL)),
  CHECK (shared_at IS NULL OR status = 'final'),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, form_version_id) REFERENCES observation_form_versions (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by_account_id) REFERENCES accounts (organisation_id, id),
  FOREIGN KEY (organisation_id, updated_by_account_id) REFERENCES accounts (organisation_id, id),
  FOREIGN KEY (organisation_id, shared_by_account_id) REFERENCES accounts (organisation_id, id)
);
-- A child's observations, newest first (the child file and the guardians' list).
CREATE INDEX observations_child_idx ON observations (organisation_id, child_id, observed_on DESC, created_at DESC);
