-- Swap days (ruildagen, P13): a planned contract day part given up for a wanted day part on another date,
-- assessed like an extra day. See docs/requests.md ("Swaps").

-- The policy's swap rules, overridable per group kind like the others:
-- - swap_window_days: the wanted date lies at most this many days before or after the given-up date;
-- - swaps_per_year: at most this many swaps per child per calendar year (of the given-up date); 0: no swaps.
ALTER TABLE planning_policies
  ADD COLUMN swap_window_days integer NOT NULL DEFAULT 28 CHECK (swap_window_days BETWEEN 1 AND 365),
  ADD COLUMN swaps_per_year integer NOT NULL DEFAULT 12 CHECK (swaps_per_year BETWEEN 0 AND 365);
ALTER TABLE planning_policy_overrides
  ADD COLUMN swap_window_days integer CHECK (swap_window_days BETWEEN 1 AND 365),
  ADD COLUMN swaps_per_year integer CHECK (swaps_per_year BETWEEN 0 AND 365);

ALTER TABLE care_requests DROP CONSTRAINT care_requests_kind_check;
ALTER TABLE care_requests ADD CONSTRAINT care_requests_kind_check CHECK (kind IN ('extra', 'swap'));

-- A line's role: an extra day part, or one side of a swap: the day part given up (`give`) and the one wanted
-- (`take`), which share the child's booking and are decided together.
ALTER TABLE care_request_lines
  ADD COLUMN role text NOT NULL DEFAULT 'extra' CHECK (role IN ('extra', 'give', 'take'));

-- A given-up day part is no care: only extra and wanted day parts may not overlap for one child.
DO $$
DECLARE c text;
BEGIN
  SELECT conname INTO c FROM pg_constraint WHERE conrelid = 'care_request_lines'::regclass AND contype = 'x';
  EXECUTE format('ALTER TABLE care_request_lines DROP CONSTRAINT %I', c);
END $$;
ALTER TABLE care_request_lines ADD CONSTRAINT care_request_lines_no_overlap EXCLUDE USING gist (
  organisation_id WITH =, child_id WITH =, tsrange(date + start_time, date + end_time) WITH &&
) WHERE (status IN ('pending', 'approved') AND role <> 'give');
-- A day part is given up once at a time.
CREATE UNIQUE INDEX care_request_lines_give_idx ON care_request_lines (organisation_id, child_id, date, start_time)
  WHERE role = 'give' AND status IN ('pending', 'approved');
