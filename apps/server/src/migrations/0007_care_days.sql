-- Care days: the Dutch school holidays as reference data (the default holiday weeks), and the periods in which a
-- location deviates from them. See docs/school-holidays.md for the source of every date.

-- The national school holidays per region, as the Rijksoverheid publishes them ("schoolvakanties"): Saturday to
-- Sunday, both inclusive. The same for every organisation, so this table has no organisation_id: it is reference
-- data, read-only for the application and filled here. `verified` is true when the dates were read on the
-- official overview at `source_url` on `checked_on`; false when they come from secondary sources and still have to
-- be checked against that overview (docs/school-holidays.md lists which and why).
CREATE TABLE school_holidays (
  region text NOT NULL CHECK (region IN ('noord', 'midden', 'zuid')),
  school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}/[0-9]{2}$'),
  kind text NOT NULL CHECK (
    kind IN ('herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie')
  ),
  start_date date NOT NULL,
  end_date date NOT NULL,
  source_url text NOT NULL,
  checked_on date NOT NULL,
  verified boolean NOT NULL,
  PRIMARY KEY (region, school_year, kind),
  CHECK (end_date >= start_date),
  -- One region is never in two holidays on one day.
  EXCLUDE USING gist (region WITH =, daterange(start_date, end_date, '[]') WITH &&)
);

INSERT INTO school_holidays (region, school_year, kind, start_date, end_date, source_url, checked_on, verified)
SELECT v.region, v.school_year, v.kind, v.start_date::date, v.end_date::date,
  'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-'
    || replace(v.school_year, '/', '-20'),
  '2026-11-29'::date, v.verified
FROM (VALUES
  -- 2025/26: not read on the official overview; dates agreed by several school and institution schedules.
  ('noord', '2025/26', 'herfstvakantie', '2025-10-18', '2025-10-26', false),
  ('midden', '2025/26', 'herfstvakantie', '2025-10-18', '2025-10-26', false),
  ('zuid', '2025/26', 'herfstvakantie', '2025-10-11', '2025-10-19', false),
  ('noord', '2025/26', 'kerstvakantie', '2025-12-20', '2026-01-04', false),
  ('midden', '2025/26', 'kerstvakantie', '2025-12-20', '2026-01-04', false),
  ('zuid', '2025/26', 'kerstvakantie', '2025-12-20', '2026-01-04', false),
  ('noord', '2025/26', 'voorjaarsvakantie', '2026-02-21', '2026-03-01', false),
  ('midden', '2025/26', 'voorjaarsvakantie', '2026-02-14', '2026-02-22', false),
  ('zuid', '2025/26', 'voorjaarsvakantie', '2026-02-14', '2026-02-22', false),
  ('noord', '2025/26', 'meivakantie', '2026-04-25', '2026-05-03', false),
  ('midden', '2025/26', 'meivakantie', '2026-04-25', '2026-05-03', false),
  ('zuid', '2025/26', 'meivakantie', '2026-04-25', '2026-05-03', false),
  ('noord', '2025/26', 'zomervakantie', '2026-07-04', '2026-08-16', false),
  ('midden', '2025/26', 'zomervakantie', '2026-07-18', '2026-08-30', false),
  ('zuid', '2025/26', 'zomervakantie', '2026-07-11', '2026-08-23', false),
  -- 2026/27: not read on the official overview. Meivakantie and zomervakantie are missing: no source found.
  ('noord', '2026/27', 'herfstvakantie', '2026-10-10', '2026-10-18', false),
  ('midden', '2026/27', 'herfstvakantie', '2026-10-17', '2026-10-25', false),
  ('zuid', '2026/27', 'herfstvakantie', '2026-10-17', '2026-10-25', false),
  ('noord', '2026/27', 'kerstvakantie', '2026-12-19', '2027-01-03', false),
  ('midden', '2026/27', 'kerstvakantie', '2026-12-19', '2027-01-03', false),
  ('zuid', '2026/27', 'kerstvakantie', '2026-12-19', '2027-01-03', false),
  ('noord', '2026/27', 'voorjaarsvakantie', '2027-02-20', '2027-02-28', false),
  ('midden', '2026/27', 'voorjaarsvakantie', '2027-02-20', '2027-02-28', false),
  ('zuid', '2026/27', 'voorjaarsvakantie', '2027-02-13', '2027-02-21', false),
  -- 2027/28: read on the official overview.
  ('noord', '2027/28', 'herfstvakantie', '2027-10-16', '2027-10-24', true),
  ('midden', '2027/28', 'herfstvakantie', '2027-10-16', '2027-10-24', true),
  ('zuid', '2027/28', 'herfstvakantie', '2027-10-23', '2027-10-31', true),
  ('noord', '2027/28', 'kerstvakantie', '2027-12-25', '2028-01-09', true),
  ('midden', '2027/28', 'kerstvakantie', '2027-12-25', '2028-01-09', true),
  ('zuid', '2027/28', 'kerstvakantie', '2027-12-25', '2028-01-09', true),
  ('noord', '2027/28', 'voorjaarsvakantie', '2028-02-19', '2028-02-27', true),
  ('midden', '2027/28', 'voorjaarsvakantie', '2028-02-26', '2028-03-05', true),
  ('zuid', '2027/28', 'voorjaarsvakantie', '2028-02-26', '2028-03-05', true),
  ('noord', '2027/28', 'meivakantie', '2028-04-29', '2028-05-07', true),
  ('midden', '2027/28', 'meivakantie', '2028-04-29', '2028-05-07', true),
  ('zuid', '2027/28', 'meivakantie', '2028-04-29', '2028-05-07', true),
  ('noord', '2027/28', 'zomervakantie', '2028-07-15', '2028-08-27', true),
  ('midden', '2027/28', 'zomervakantie', '2028-07-08', '2028-08-20', true),
  ('zuid', '2027/28', 'zomervakantie', '2028-07-22', '2028-09-03', true)
) AS v (region, school_year, kind, start_date, end_date, verified);

-- Where a location deviates from the default holidays of its organisation's region (its school or BSO keeps other
-- weeks): `holiday` adds holiday days, `school` makes default holiday days school days there. Periods of one
-- location never overlap, so a day has at most one deviation.
CREATE TABLE location_holiday_periods (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  location_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'school')),
  start_date date NOT NULL,
  end_date date NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, location_id) REFERENCES locations (organisation_id, id) ON DELETE CASCADE,
  CHECK (end_date >= start_date),
  EXCLUDE USING gist (
    organisation_id WITH =, location_id WITH =, daterange(start_date, end_date, '[]') WITH &&
  )
);
