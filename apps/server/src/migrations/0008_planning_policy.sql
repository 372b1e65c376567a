-- Planning policy: the rules for requesting and cancelling day parts. Every organisation has one policy (the
-- defaults until an admin changes them); a group kind may override any of its values. A group's effective
-- policy is its kind's overrides over the organisation's values.

CREATE TABLE planning_policies (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- A day part can be requested until this many hours before it starts.
  min_lead_hours integer NOT NULL DEFAULT 24 CHECK (min_lead_hours BETWEEN 0 AND 8760),
  -- How many days ahead a day part can be requested.
  horizon_days integer NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 1 AND 730),
  -- A pending request line can be cancelled until this many hours before its day part starts.
  cancel_deadline_hours integer NOT NULL DEFAULT 24 CHECK (cancel_deadline_hours BETWEEN 0 AND 8760),
  -- A pending line that planners have not assessed expires this many hours before its day part starts.
  expiry_lead_hours integer NOT NULL DEFAULT 24 CHECK (expiry_lead_hours BETWEEN 0 AND 8760),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id)
);

-- A group kind's deviations from the organisation's policy; null follows the organisation.
CREATE TABLE planning_policy_overrides (
  organisation_id uuid NOT NULL,
  group_kind text NOT NULL CHECK (group_kind IN ('KDV', 'BSO', 'VSO', 'NSO', 'PSZ')),
  min_lead_hours integer CHECK (min_lead_hours BETWEEN 0 AND 8760),
  horizon_days integer CHECK (horizon_days BETWEEN 1 AND 730),
  cancel_deadline_hours integer CHECK (cancel_deadline_hours BETWEEN 0 AND 8760),
  expiry_lead_hours integer CHECK (expiry_lead_hours BETWEEN 0 AND 8760),
  PRIMARY KEY (organisation_id, group_kind),
  FOREIGN KEY (organisation_id) REFERENCES planning_policies (organisation_id) ON DELETE CASCADE
);

-- The organisations that exist already get the defaults; every new one gets them as it is created.
INSERT INTO planning_policies (organisation_id) SELECT id FROM organisations;

CREATE FUNCTION planning_policy_for_new_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO planning_policies (organisation_id) VALUES (NEW.id);
  RETURN NEW;
END;
$$;

CREATE TRIGGER organisations_planning_policy
  AFTER INSERT ON organisations
  FOR EACH ROW EXECUTE FUNCTION planning_policy_for_new_organisation();
