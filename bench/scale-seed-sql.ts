/**
 * The statements of the scale seed (`scale-seed.ts`), run in order in one transaction on the demo organisation.
 * Every row gets its id up front in a temporary table (`s_…`, dropped at commit), so the inserts are plain
 * `INSERT … SELECT` over whole sets. Spreads and choices are arithmetic on the row number, so two runs on the same
 * day make the same organisation.
 */

/** A statement, with its parameters when it has any. */
export type Statement = string | [string, unknown[]];

export interface SeedShape {
  children: number;
  families: number;
  /** Locations including the demo location Haarlem. */
  locations: number;
}

/** Patterns of weekdays (ISO, Monday = 1) per group kind: a placement's days. */
const PATTERNS = {
  KDV: ['12', '13', '24', '124', '35', '145', '23', '1234', '25', '134', '15', '245'],
  BSO: ['12', '14', '24', '124', '34', '1234', '25', '13'],
  VSO: ['2', '14', '3', '25'],
};

const pattern = (kind: keyof typeof PATTERNS, expr: string) =>
  `(ARRAY[${PATTERNS[kind].map((p) => `'${p}'`).join(', ')}])[1 + (${expr}) % ${PATTERNS[kind].length}]`;

export const CONTEXT = `
  CREATE TEMP TABLE s_ctx ON COMMIT DROP AS
  SELECT o.id AS org, (now() AT TIME ZONE 'Europe/Amsterdam')::date AS today, l.id AS haarlem,
    a.id AS planner_account, pp.expiry_lead_hours AS expiry_lead
  FROM organisations o
  JOIN locations l ON l.organisation_id = o.id AND l.name = 'Haarlem'
  JOIN accounts a ON a.organisation_id = o.id AND a.email = 'planner@demo.nestje.nl' AND a.kind = 'staff'
  JOIN planning_policies pp ON pp.organisation_id = o.id
  WHERE o.slug = 'demo'`;

const CHILD_NAMES = (
  'Noah, Emma, Liam, Julia, Luca, Mila, Sem, Tess, Daan, Sophie, Finn, Zoë, Levi, Nora, Milan, ' +
  'Yara, Bram, Saar, Mees, Lotte, Jesse, Evi, Adam, Fenna, Siem, Lina, Otis, Roos, Ties, Isa, ' +
  'Mohammed, Sara, Jayden, Fleur, Hugo, Anna, Boaz'
).split(', ');
const GUARDIAN_NAMES = (
  'Sanne, Mark, Lisa, Thomas, Anouk, Jeroen, Fatima, Kevin, Eva, Dennis, Marloes, Youssef, Iris, ' +
  'Bas, Laura, Rick, Esther, Martijn, Naima, Stefan, Femke, Tim'
).split(', ');
const LAST_NAMES = (
  'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, ' +
  'de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, ' +
  'Dijkstra, Smits, de Graaf, van der Meer, El Amrani, Yilmaz, Kok, Jacobs, de Haan, Vermeulen, ' +
  'van den Heuvel, van der Veen, Bouali, Schouten, Willems, van Wijk'
).split(', ');

/** The new locations (after Haarlem, index 0), named by `names`. */
export const locationsSql = (names: string[]): Statement[] => [
  [
    `CREATE TEMP TABLE s_locations ON COMMIT DROP AS
  SELECT 0 AS idx, haarlem AS id, false AS new, 'Haarlem'::text AS name FROM s_ctx
  UNION ALL
  SELECT n.ord::int, gen_random_uuid(), true, n.name FROM unnest($1::text[]) WITH ORDINALITY AS n (name, ord)`,
    [names],
  ],
  `INSERT INTO locations (organisation_id, id, name, city, email)
  SELECT c.org, l.id, l.name, l.name, 'locatie' || l.idx || '@demo.nestje.nl'
  FROM s_locations l CROSS JOIN s_ctx c WHERE l.new`,
];

/**
 * Every location has five KDV groups (12–16 places), two BSO groups (20–22) and a VSO group (16); at Haarlem the
 * demo's Hamsters verticaal, Floris and VSO Haarlem are the first of their kind. A new group has the opening
 * hours of its kind and offers what the demo group of its kind offers.
 */
export const GROUPS: Statement[] = [
  `CREATE TEMP TABLE s_groups ON COMMIT DROP AS
  SELECT l.idx, k.kind, k.k, l.id AS location_id, e.id IS NOT NULL AS existing, coalesce(e.id, gen_random_uuid()) AS id,
    CASE WHEN k.kind = 'VSO' THEN 'VSO ' || l.name ELSE k.name END AS name, k.capacity, k.max_age
  FROM s_locations l
  CROSS JOIN (VALUES ('KDV', 0, 'Dolfijnen', 14, 48), ('KDV', 1, 'Egeltjes', 12, 48), ('KDV', 2, 'Vlinders', 16, 48),
    ('KDV', 3, 'Kikkers', 14, 48), ('KDV', 4, 'Uilen', 12, 48), ('BSO', 0, 'De Boomhut', 22, 156),
    ('BSO', 1, 'De Ontdekkers', 20, 156), ('VSO', 0, 'VSO', 16, 156)) AS k (kind, k, name, capacity, max_age)
  CROSS JOIN s_ctx c
  LEFT JOIN LATERAL (
    SELECT g.id FROM groups g
    WHERE l.idx = 0 AND k.k = 0 AND g.organisation_id = c.org AND g.location_id = l.id AND g.kind = k.kind
    ORDER BY g.created_at, g.name LIMIT 1
  ) e ON true`,
  `INSERT INTO groups (organisation_id, id, location_id, name, kind, min_age_months, max_age_months, capacity)
  SELECT c.org, g.id, g.location_id, g.name, g.kind, CASE g.kind WHEN 'KDV' THEN 0 ELSE 48 END, g.max_age, g.capacity
  FROM s_groups g CROSS JOIN s_ctx c WHERE NOT g.existing`,
  `INSERT INTO group_opening_hours (organisation_id, group_id, weekday, opens_at, closes_at)
  SELECT c.org, g.id, d, '07:00', CASE g.kind WHEN 'KDV' THEN time '18:30' WHEN 'BSO' THEN '19:00' ELSE '08:30' END
  FROM s_groups g CROSS JOIN s_ctx c CROSS JOIN generate_series(1, 5) d WHERE NOT g.existing`,
  `INSERT INTO care_product_groups (organisation_id, care_product_id, group_id)
  SELECT c.org, cpg.care_product_id, g.id
  FROM s_groups g CROSS JOIN s_ctx c
  JOIN s_groups t ON t.idx = 0 AND t.k = 0 AND t.kind = g.kind
  JOIN care_product_groups cpg ON cpg.organisation_id = c.org AND cpg.group_id = t.id
  WHERE NOT g.existing`,
  // The products of each kind, longest first: a placement or a request picks one by its rank.
  `CREATE TEMP TABLE s_offers ON COMMIT DROP AS
  SELECT t.kind, cp.usage, cp.id, cp.start_time, cp.end_time, cp.pricing, cp.price_cents,
    row_number() OVER (PARTITION BY t.kind, cp.usage ORDER BY cp.end_time - cp.start_time DESC, cp.name)::int AS rn,
    count(*) OVER (PARTITION BY t.kind, cp.usage)::int AS n
  FROM s_groups t CROSS JOIN s_ctx c
  JOIN care_product_groups cpg ON cpg.organisation_id = c.org AND cpg.group_id = t.id
  JOIN care_products cp ON cp.organisation_id = c.org AND cp.id = cpg.care_product_id AND cp.active
  WHERE t.idx = 0 AND t.k = 0`,
];

/**
 * Families: child i (1…N) belongs to family i up to F; the children after F are younger or older siblings in
 * earlier families. A family lives at one location. Six children in ten are of KDV age (0–3), the others of
 * BSO age (4–11). Every family has a first guardian with an activated account (already invited, so the invitation
 * job stays quiet) and seven in ten a second guardian.
 */
export const familiesSql = (shape: SeedShape): Statement[] => [
  [
    `CREATE TEMP TABLE s_children ON COMMIT DROP AS
  SELECT x.i, gen_random_uuid() AS id, x.fam, x.fam % ${shape.locations} AS loc, x.kind,
    CASE x.kind WHEN 'KDV' THEN c.today - (100 + (x.i * 37) % 1250) ELSE c.today - (1550 + (x.i * 53) % 2500) END
      AS birth,
    ($1::text[])[1 + x.i % cardinality($1::text[])] AS first_name,
    ($2::text[])[1 + x.fam % cardinality($2::text[])] AS last_name
  FROM (
    SELECT i, CASE WHEN i <= ${shape.families} THEN i ELSE ((i - ${shape.families} - 1) * 7) % ${shape.families} + 1 END
      AS fam, CASE WHEN i % 20 < 12 THEN 'KDV' ELSE 'BSO' END AS kind
    FROM generate_series(1, ${shape.children}) i
  ) x CROSS JOIN s_ctx c`,
    [CHILD_NAMES, LAST_NAMES],
  ],
  [
    `CREATE TEMP TABLE s_guardians ON COMMIT DROP AS
  SELECT f AS fam, n, gen_random_uuid() AS id, CASE WHEN n = 1 THEN gen_random_uuid() END AS account_id,
    ($1::text[])[1 + (f * 3 + n) % cardinality($1::text[])] AS first_name,
    ($2::text[])[1 + f % cardinality($2::text[])] AS last_name,
    'gezin' || f || '.ouder' || n || '@schaal.nestje.test' AS email
  FROM generate_series(1, ${shape.families}) f CROSS JOIN generate_series(1, 2) n
  WHERE n = 1 OR f % 10 < 7`,
    [GUARDIAN_NAMES, LAST_NAMES],
  ],
  `INSERT INTO guardians (organisation_id, id, first_name, last_name, email, city)
  SELECT c.org, g.id, g.first_name, g.last_name, g.email, l.name
  FROM s_guardians g CROSS JOIN s_ctx c JOIN s_locations l ON l.idx = g.fam % ${shape.locations}`,
  `INSERT INTO accounts (organisation_id, id, email, kind, guardian_id, activated_at, invited_at)
  SELECT c.org, g.account_id, g.email, 'guardian', g.id, now() - interval '200 days', now() - interval '201 days'
  FROM s_guardians g CROSS JOIN s_ctx c WHERE g.account_id IS NOT NULL`,
  `INSERT INTO children (organisation_id, id, first_name, last_name, birth_date, location_id)
  SELECT c.org, ch.id, ch.first_name, ch.last_name, ch.birth, l.id
  FROM s_children ch CROSS JOIN s_ctx c JOIN s_locations l ON l.idx = ch.loc`,
  `INSERT INTO guardian_children (organisation_id, guardian_id, child_id)
  SELECT c.org, g.id, ch.id FROM s_children ch CROSS JOIN s_ctx c JOIN s_guardians g ON g.fam = ch.fam`,
];

/**
 * Placements that started up to a year ago in a group of the child's kind at the family's location. One child in
 * twelve changed days halfway (the first placement ended, a second continues it); one in twenty-five left. One BSO
 * child in three also goes to the VSO.
 */
export const placementsSql = (shape: SeedShape): Statement[] => [
  `CREATE TEMP TABLE s_placements ON COMMIT DROP AS
  WITH base AS (
    SELECT ch.i, ch.id AS child_id, ch.kind, g.id AS group_id, c.today,
      greatest(c.today - (ch.i * 97) % 365, ch.birth + 70) AS start,
      gen_random_uuid() AS first_id, gen_random_uuid() AS second_id, gen_random_uuid() AS vso_id
    FROM s_children ch CROSS JOIN s_ctx c
    JOIN s_groups g ON g.idx = ch.loc AND g.kind = ch.kind
      AND g.k = (ch.i / ${shape.locations}) % CASE ch.kind WHEN 'KDV' THEN 5 ELSE 2 END
  ),
  shaped AS (
    SELECT b.*,
      CASE WHEN b.today - b.start >= 60 AND b.i % 12 = 5 THEN 'changed'
        WHEN b.today - b.start >= 60 AND b.i % 25 = 1 THEN 'left' ELSE 'running' END AS shape
    FROM base b
  )
  SELECT s.first_id AS id, s.i, s.child_id, s.group_id, s.kind, s.start,
    CASE s.shape WHEN 'changed' THEN s.start + (s.today - s.start) / 2 - 1
      WHEN 'left' THEN s.start + (s.today - s.start) * 3 / 4 END AS end_date,
    NULL::uuid AS previous_id, s.i AS variant
  FROM shaped s
  UNION ALL
  SELECT s.second_id, s.i, s.child_id, s.group_id, s.kind, s.start + (s.today - s.start) / 2, NULL, s.first_id, s.i + 5
  FROM shaped s WHERE s.shape = 'changed'
  UNION ALL
  SELECT s.vso_id, s.i, s.child_id, v.id, 'VSO', s.start,
    CASE s.shape WHEN 'left' THEN s.start + (s.today - s.start) * 3 / 4 END, NULL, s.i
  FROM shaped s
  JOIN s_children ch ON ch.id = s.child_id
  JOIN s_groups v ON v.idx = ch.loc AND v.kind = 'VSO'
  WHERE s.kind = 'BSO' AND s.i % 3 = 0`,
  `ALTER TABLE s_placements ADD COLUMN pattern text, ADD COLUMN product_id uuid`,
  `UPDATE s_placements p SET
    pattern = CASE p.kind WHEN 'KDV' THEN ${pattern('KDV', 'p.variant')} WHEN 'BSO' THEN ${pattern('BSO', 'p.variant')}
      ELSE ${pattern('VSO', 'p.variant')} END,
    product_id = (
      SELECT o.id FROM s_offers o
      WHERE o.kind = p.kind AND o.usage = 'contract'
        AND o.rn = CASE WHEN p.kind = 'KDV' THEN (ARRAY[1, 1, 2, 3])[1 + p.variant % 4] ELSE 1 END
    )`,
  `INSERT INTO placements (organisation_id, id, child_id, group_id, placement_type, start_date, end_date,
    previous_placement_id)
  SELECT c.org, p.id, p.child_id, p.group_id,
    CASE p.kind WHEN 'KDV' THEN 'Flexibel 52 weken' WHEN 'BSO' THEN 'BSO 40 weken' ELSE 'VSO 40 weken' END,
    p.start, p.end_date, p.previous_id
  FROM s_placements p CROSS JOIN s_ctx c ORDER BY p.previous_id NULLS FIRST`,
  `INSERT INTO placement_days (organisation_id, placement_id, weekday, care_product_id)
  SELECT c.org, p.id, d::smallint, p.product_id
  FROM s_placements p CROSS JOIN s_ctx c CROSS JOIN unnest(string_to_array(p.pattern, NULL)) d`,
];

/**
 * A year of requests: 2–4 lines per child on past weekdays it was placed but had no contract day (60% approved,
 * 10% rejected, 15% cancelled, 15% expired), an approved extra day in the coming six weeks for one child in
 * eight, and an open line 3–40 days ahead for one child in seventeen and for one in four at Haarlem (the demo
 * planner's location). Each line is its own request, submitted 2–21 days before by the family's first guardian.
 */
export const REQUESTS: Statement[] = [
  `CREATE TEMP TABLE s_lines ON COMMIT DROP AS
  WITH wanted AS (
    SELECT ch.i, ch.id AS child_id, ch.fam, w.win, w.cnt
    FROM s_children ch
    CROSS JOIN LATERAL (VALUES ('past', 2 + ch.i % 3), ('approved', CASE WHEN ch.i % 8 = 0 THEN 1 ELSE 0 END),
      ('pending', CASE WHEN ch.i % 17 = 0 OR (ch.loc = 0 AND ch.i % 4 = 1) THEN 1 ELSE 0 END)) AS w (win, cnt)
    WHERE w.cnt > 0
  ),
  candidates AS (
    SELECT DISTINCT ON (w.child_id, d.day) w.*, j, d.day
    FROM wanted w CROSS JOIN s_ctx c CROSS JOIN generate_series(1, 10) j
    CROSS JOIN LATERAL (
      SELECT CASE w.win WHEN 'past' THEN c.today - 1 - (w.i * 31 + j * 67) % 360
        WHEN 'approved' THEN c.today + 1 + (w.i * 13 + j * 7) % 42
        ELSE c.today + 3 + (w.i * 11 + j * 5) % 38 END AS day
    ) d
    WHERE extract(isodow FROM d.day) BETWEEN 1 AND 5
    ORDER BY w.child_id, d.day, j
  ),
  placed AS (
    SELECT cd.*, p.group_id, p.kind,
      row_number() OVER (PARTITION BY cd.child_id, cd.win ORDER BY cd.j) AS rank
    FROM candidates cd
    JOIN s_placements p ON p.child_id = cd.child_id AND p.kind <> 'VSO' AND p.start <= cd.day
      AND (p.end_date IS NULL OR p.end_date >= cd.day)
      AND strpos(p.pattern, extract(isodow FROM cd.day)::int::text) = 0
  )
  SELECT gen_random_uuid() AS id, gen_random_uuid() AS request_id, pl.i, pl.j, pl.child_id, pl.fam, pl.group_id,
    pl.day, o.id AS product_id, o.start_time, o.end_time,
    CASE WHEN o.pricing = 'fixed' THEN o.price_cents
      ELSE round(o.price_cents * extract(epoch FROM o.end_time - o.start_time) / 3600)::int END AS price_cents,
    CASE pl.win WHEN 'approved' THEN 'approved' WHEN 'pending' THEN 'pending'
      ELSE (ARRAY['approved', 'rejected', 'cancelled', 'expired'])[
        CASE WHEN (pl.i * 7 + pl.j) % 20 < 12 THEN 1 WHEN (pl.i * 7 + pl.j) % 20 < 14 THEN 2
          WHEN (pl.i * 7 + pl.j) % 20 < 17 THEN 3 ELSE 4 END] END AS status
  FROM placed pl
  JOIN s_offers o ON o.kind = pl.kind AND o.usage = 'incidental' AND o.rn = 1 + (pl.i + pl.j) % o.n
  WHERE pl.rank <= pl.cnt`,
  `ALTER TABLE s_lines ADD COLUMN submitted_at timestamptz, ADD COLUMN expires_at timestamptz,
    ADD COLUMN decided_at timestamptz`,
  `UPDATE s_lines l SET
    submitted_at = least(now() - interval '2 hours',
      ((l.day - (2 + (l.i + l.j) % 20)) + time '09:13') AT TIME ZONE 'Europe/Amsterdam'),
    expires_at = ((l.day + l.start_time) AT TIME ZONE 'Europe/Amsterdam') - make_interval(hours => c.expiry_lead)
  FROM s_ctx c`,
  `UPDATE s_lines SET decided_at = CASE status
    WHEN 'approved' THEN least(submitted_at + interval '20 hours', now() - interval '1 hour')
    WHEN 'rejected' THEN least(submitted_at + interval '20 hours', now() - interval '1 hour')
    WHEN 'cancelled' THEN least(submitted_at + interval '3 hours', now() - interval '1 hour')
    WHEN 'expired' THEN expires_at END`,
  `INSERT INTO care_requests (organisation_id, id, kind, guardian_id, submitted_by_account_id, submitted_at,
    concluded_at)
  SELECT c.org, l.request_id, 'extra', g.id, g.account_id, l.submitted_at, l.decided_at
  FROM s_lines l CROSS JOIN s_ctx c JOIN s_guardians g ON g.fam = l.fam AND g.n = 1`,
  [
    `INSERT INTO care_request_lines (organisation_id, id, request_id, booking_id, child_id, group_id, care_product_id,
    date, start_time, end_time, price_cents, status, expires_at, reason, decided_at, decided_by_account_id)
  SELECT c.org, l.id, l.request_id, gen_random_uuid(), l.child_id, l.group_id, l.product_id, l.day, l.start_time,
    l.end_time, l.price_cents, l.status, l.expires_at, CASE WHEN l.status = 'rejected' THEN $1 END, l.decided_at,
    CASE l.status WHEN 'approved' THEN c.planner_account WHEN 'rejected' THEN c.planner_account
      WHEN 'cancelled' THEN g.account_id END
  FROM s_lines l CROSS JOIN s_ctx c JOIN s_guardians g ON g.fam = l.fam AND g.n = 1`,
    ['De groep is vol op deze dag.'],
  ],
];

/** What the seed added, for the report. */
export const SUMMARY = `
  SELECT
    (SELECT count(*) FROM s_locations WHERE new)::int AS locations,
    (SELECT count(*) FROM s_groups WHERE NOT existing)::int AS groups,
    (SELECT count(*) FROM s_children)::int AS children,
    (SELECT count(*) FROM s_guardians)::int AS guardians,
    (SELECT count(*) FROM s_placements)::int AS placements,
    (SELECT count(*) FROM s_lines)::int AS lines,
    (SELECT count(*) FROM s_lines WHERE status = 'pending')::int AS pending,
    (SELECT count(*) FROM s_lines l JOIN s_groups g ON g.id = l.group_id
      WHERE l.status = 'pending' AND g.idx = 0)::int AS "pendingAtHaarlem"`;

/** The tables the seed grew: their statistics are refreshed after it (PGlite never analyses by itself). */
export const GROWN_TABLES = [
  'locations',
  'groups',
  'group_opening_hours',
  'care_product_groups',
  'guardians',
  'accounts',
  'children',
  'guardian_children',
  'placements',
  'placement_days',
  'care_requests',
  'care_request_lines',
];
