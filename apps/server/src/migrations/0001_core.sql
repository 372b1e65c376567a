-- Core model. Every domain table carries organisation_id and includes it in its keys, so a row can never
-- point into another organisation (the foreign keys say so) and organisation_id can be the distribution key.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  logo_url text,
  primary_colour text NOT NULL DEFAULT '#2f7d6d' CHECK (primary_colour ~ '^#[0-9a-fA-F]{6}$'),
  feature_video boolean NOT NULL DEFAULT false,
  feature_credits boolean NOT NULL DEFAULT false,
  feature_observations boolean NOT NULL DEFAULT false,
  school_holiday_region text NOT NULL DEFAULT 'noord' CHECK (school_holiday_region IN ('noord', 'midden', 'zuid')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE locations (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  street text NOT NULL DEFAULT '',
  house_number text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id)
);

CREATE TABLE groups (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  location_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('KDV', 'BSO', 'VSO', 'NSO', 'PSZ')),
  min_age_months integer NOT NULL CHECK (min_age_months >= 0),
  max_age_months integer NOT NULL,
  capacity integer NOT NULL CHECK (capacity > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, location_id) REFERENCES locations (organisation_id, id),
  CHECK (max_age_months > min_age_months)
);
CREATE INDEX groups_location_idx ON groups (organisation_id, location_id);

-- Opening hours per ISO weekday (1 = Monday … 7 = Sunday); a weekday without a row is closed.
CREATE TABLE group_opening_hours (
  organisation_id uuid NOT NULL,
  group_id uuid NOT NULL,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens_at time NOT NULL,
  closes_at time NOT NULL,
  PRIMARY KEY (organisation_id, group_id, weekday),
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id) ON DELETE CASCADE,
  CHECK (closes_at > opens_at)
);

CREATE TABLE staff_members (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  email text NOT NULL,
  phone text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id)
);

-- A role is scoped to the whole organisation (no location, no group), one location, or one group.
CREATE TABLE staff_roles (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  staff_member_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('organisation_admin', 'location_manager', 'planner', 'group_staff')),
  location_id uuid,
  group_id uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, staff_member_id) REFERENCES staff_members (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, location_id) REFERENCES locations (organisation_id, id),
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id),
  CHECK (location_id IS NULL OR group_id IS NULL),
  CHECK (role <> 'organisation_admin' OR (location_id IS NULL AND group_id IS NULL)),
  CHECK (role <> 'group_staff' OR group_id IS NOT NULL),
  CHECK (role NOT IN ('location_manager', 'planner') OR group_id IS NULL)
);
CREATE UNIQUE INDEX staff_roles_unique_idx ON staff_roles (
  organisation_id, staff_member_id, role,
  coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid),
  coalesce(group_id, '00000000-0000-0000-0000-000000000000'::uuid)
);
CREATE INDEX staff_roles_group_idx ON staff_roles (organisation_id, group_id) WHERE group_id IS NOT NULL;

CREATE TABLE guardians (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  email text NOT NULL,
  phone text NOT NULL DEFAULT '',
  street text NOT NULL DEFAULT '',
  house_number text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id)
);

CREATE TABLE children (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  birth_date date NOT NULL,
  mentor_staff_member_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, mentor_staff_member_id) REFERENCES staff_members (organisation_id, id)
);

-- A guardian's family is every child linked to them; a child may have guardians in two households.
CREATE TABLE guardian_children (
  organisation_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  child_id uuid NOT NULL,
  parental_authority boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, guardian_id, child_id),
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX guardian_children_child_idx ON guardian_children (organisation_id, child_id);

-- Care products: the day parts an organisation offers, contract or incidental, priced per hour or fixed.
CREATE TABLE care_products (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  start_time time NOT NULL,
  end_time time NOT NULL,
  weekdays smallint[] NOT NULL CHECK (cardinality(weekdays) > 0 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
  week_type text NOT NULL CHECK (week_type IN ('school', 'holiday', 'any')),
  pricing text NOT NULL CHECK (pricing IN ('hourly', 'fixed')),
  price_cents integer NOT NULL CHECK (price_cents >= 0),
  usage text NOT NULL CHECK (usage IN ('incidental', 'contract')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  CHECK (end_time > start_time)
);

-- Which groups offer which product.
CREATE TABLE care_product_groups (
  organisation_id uuid NOT NULL,
  care_product_id uuid NOT NULL,
  group_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, care_product_id, group_id),
  FOREIGN KEY (organisation_id, care_product_id) REFERENCES care_products (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX care_product_groups_group_idx ON care_product_groups (organisation_id, group_id);

-- A placement: a child in a group with a placement type over a period (end date inclusive, open-ended when
-- null). The weekdays, each with the contract product that sets its times, are in placement_days.
CREATE TABLE placements (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  group_id uuid NOT NULL,
  placement_type text NOT NULL CHECK (length(placement_type) BETWEEN 1 AND 100),
  start_date date NOT NULL,
  end_date date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  -- One child is never placed twice in one group over overlapping periods.
  EXCLUDE USING gist (
    organisation_id WITH =, child_id WITH =, group_id WITH =,
    daterange(start_date, end_date, '[]') WITH &&
  )
);
CREATE INDEX placements_group_idx ON placements (organisation_id, group_id);

CREATE TABLE placement_days (
  organisation_id uuid NOT NULL,
  placement_id uuid NOT NULL,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  care_product_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, placement_id, weekday, care_product_id),
  FOREIGN KEY (organisation_id, placement_id) REFERENCES placements (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, care_product_id) REFERENCES care_products (organisation_id, id)
);
