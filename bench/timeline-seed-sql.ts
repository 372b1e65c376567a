/**
 * The timeline part of the scale seed (`scale-seed.ts`): after the organisation has grown, every group gets a
 * year of posts with photos tagged with its children, every child diary entries (one in three with a photo), and
 * every guardian with parental authority answers the two photo consents (one child in ten without consent for
 * other families). Media rows and their variants are made without files: the feed only signs their URLs. Runs in
 * the seed's transaction, after `s_ctx` exists; spreads are arithmetic on row numbers, like the rest of the seed.
 */
import type { Statement } from './scale-seed-sql.ts';

export interface TimelineShape {
  /** Photos over all groups together, e.g. 1,000,000. */
  photos: number;
}

/** Photos per post: 3 to 7, five on average. */
const PHOTOS_PER_POST = 5;

export const timelineSql = (shape: TimelineShape): Statement[] => [
  `CREATE TEMP TABLE s_tl ON COMMIT DROP AS
  SELECT c.org, a.id AS author
  FROM s_ctx c
  JOIN accounts a ON a.organisation_id = c.org AND a.email = 'medewerker@demo.nestje.nl' AND a.kind = 'staff'`,
  `CREATE TEMP TABLE s_tl_groups ON COMMIT DROP AS
  SELECT g.id, (row_number() OVER (ORDER BY g.id))::int AS gi
  FROM groups g JOIN s_tl ON g.organisation_id = s_tl.org`,
  // Posts per group so that all groups together hold about `photos` photos.
  [
    `CREATE TEMP TABLE s_tl_posts ON COMMIT DROP AS
  SELECT gen_random_uuid() AS id, g.id AS group_id, g.gi, k,
    now() - make_interval(secs => k * (31536000.0 / p.n) + (g.gi * 613) % 3000) AS posted_at
  FROM s_tl_groups g
  CROSS JOIN (SELECT ceil($1::numeric / (SELECT count(*) FROM s_tl_groups) / ${PHOTOS_PER_POST})::int AS n) p
  CROSS JOIN LATERAL generate_series(0, p.n - 1) AS k`,
    [shape.photos],
  ],
  `CREATE TEMP TABLE s_tl_photos ON COMMIT DROP AS
  SELECT gen_random_uuid() AS id, gen_random_uuid() AS media_id, p.id AS post_id, p.group_id, p.gi, p.k, pos,
    p.posted_at
  FROM s_tl_posts p CROSS JOIN LATERAL generate_series(0, 2 + (p.k + p.gi) % 5) AS pos`,
  `CREATE TEMP TABLE s_tl_group_children ON COMMIT DROP AS
  SELECT DISTINCT ON (pl.group_id, pl.child_id) pl.group_id, pl.child_id
  FROM placements pl JOIN s_tl ON pl.organisation_id = s_tl.org`,
  `CREATE TEMP TABLE s_tl_group_index ON COMMIT DROP AS
  SELECT group_id, child_id, (row_number() OVER (PARTITION BY group_id ORDER BY child_id))::int AS cn,
    (count(*) OVER (PARTITION BY group_id))::int AS cnt
  FROM s_tl_group_children`,
  // A diary entry per child about every two weeks over the year; one in three with a photo.
  `CREATE TEMP TABLE s_tl_entries ON COMMIT DROP AS
  SELECT gen_random_uuid() AS id, c.child_id, k, c.cn,
    now() - make_interval(secs => k * 1209600 + (c.cn * 977) % 40000) AS written_at,
    CASE WHEN (k + c.cn) % 3 = 0 THEN gen_random_uuid() END AS media_id
  FROM (SELECT DISTINCT ON (child_id) child_id, cn FROM s_tl_group_index ORDER BY child_id) c
  CROSS JOIN generate_series(0, 25) AS k`,
  `INSERT INTO media (organisation_id, id, kind, uploaded_by_account_id, upload_sha256, width, height,
    created_at, attached_at)
  SELECT s_tl.org, m.media_id, 'image', s_tl.author, encode(sha256(m.media_id::text::bytea), 'hex'), 1600, 1200,
    m.at, m.at
  FROM (SELECT media_id, posted_at AS at FROM s_tl_photos
        UNION ALL SELECT media_id, written_at FROM s_tl_entries WHERE media_id IS NOT NULL) m, s_tl`,
  `INSERT INTO media_files (organisation_id, media_id, variant, storage_key, content_type, bytes, width, height)
  SELECT s_tl.org, m.media_id, v.variant,
    s_tl.org || '/bench/' || m.media_id || '-' || v.variant || '.jpg', 'image/jpeg', v.bytes, v.w, v.h
  FROM (SELECT media_id FROM s_tl_photos UNION ALL SELECT media_id FROM s_tl_entries WHERE media_id IS NOT NULL) m,
    s_tl,
    (VALUES ('small', 30000, 480, 360), ('screen', 250000, 1600, 1200), ('full', 900000, 1600, 1200))
      AS v (variant, bytes, w, h)`,
  `INSERT INTO posts (organisation_id, id, group_id, author_account_id, body, posted_at)
  SELECT s_tl.org, p.id, p.group_id, s_tl.author,
    (ARRAY['Buiten spelen in de zandbak.', 'Vandaag hebben we geknutseld.', 'Samen fruit gegeten.',
      'Een wandeling door het park.', 'Muziek maken met de hele groep.'])[1 + (p.k + p.gi) % 5],
    p.posted_at
  FROM s_tl_posts p, s_tl`,
  `INSERT INTO post_photos (organisation_id, id, post_id, media_id, position, downloadable)
  SELECT s_tl.org, ph.id, ph.post_id, ph.media_id, ph.pos, (ph.k + ph.pos) % 7 <> 0
  FROM s_tl_photos ph, s_tl`,
  // Zero, one or two children of the group per photo.
  `INSERT INTO post_photo_children (organisation_id, post_photo_id, child_id)
  SELECT DISTINCT s_tl.org, ph.id, gi.child_id
  FROM s_tl_photos ph
  CROSS JOIN LATERAL generate_series(1, (ph.k + ph.pos) % 3) AS j
  JOIN s_tl_group_index gi ON gi.group_id = ph.group_id
    AND gi.cn = 1 + ((ph.k * 3 + ph.pos * 7 + j * 11) % gi.cnt)
  CROSS JOIN s_tl`,
  `INSERT INTO diary_entries (organisation_id, id, child_id, author_account_id, body, written_at)
  SELECT s_tl.org, e.id, e.child_id, s_tl.author,
    (ARRAY['Lekker gegeten en goed geslapen.', 'Vandaag veel gelachen met de andere kinderen.',
      'Was een beetje moe na het buitenspelen.', 'Heeft een mooie tekening gemaakt.'])[1 + (e.k + e.cn) % 4],
    e.written_at
  FROM s_tl_entries e, s_tl`,
  `INSERT INTO diary_entry_media (organisation_id, entry_id, media_id, position, added_by_account_id, added_at)
  SELECT s_tl.org, e.id, e.media_id, 0, s_tl.author, e.written_at
  FROM s_tl_entries e, s_tl WHERE e.media_id IS NOT NULL`,
  // Both photo consents from every guardian with authority of a child that has no answers yet (the demo
  // families keep theirs), recorded by the guardian's account or, without one, by staff from a paper form; one
  // child in ten is not to be seen by other families.
  `CREATE TEMP TABLE s_tl_answers ON COMMIT DROP AS
  SELECT gen_random_uuid() AS id, gc.child_id, gc.guardian_id, ci.id AS item_id, ct.id AS text_id,
    coalesce(acc.id, s_tl.author) AS account_id,
    NOT (ci.key = 'photos_other_families' AND (hashtext(gc.child_id::text) & 1023) % 10 = 0) AS granted
  FROM guardian_children gc
  JOIN s_tl ON gc.organisation_id = s_tl.org
  JOIN consent_items ci ON ci.organisation_id = s_tl.org AND ci.key IS NOT NULL
  JOIN consent_texts ct ON ct.organisation_id = s_tl.org AND ct.consent_item_id = ci.id AND ct.version = 1
  LEFT JOIN accounts acc ON acc.organisation_id = s_tl.org AND acc.guardian_id = gc.guardian_id
  WHERE gc.parental_authority
    AND NOT EXISTS (SELECT 1 FROM consent_states cs
      WHERE cs.organisation_id = s_tl.org AND cs.child_id = gc.child_id)`,
  `INSERT INTO consent_answers (organisation_id, id, child_id, guardian_id, consent_item_id, consent_text_id,
    granted, answered_at, answered_by_account_id)
  SELECT s_tl.org, a.id, a.child_id, a.guardian_id, a.item_id, a.text_id, a.granted, now() - interval '200 days',
    a.account_id
  FROM s_tl_answers a, s_tl`,
  `INSERT INTO consent_states (organisation_id, child_id, consent_item_id, guardian_id, answer_id, granted)
  SELECT s_tl.org, a.child_id, a.item_id, a.guardian_id, a.id, a.granted FROM s_tl_answers a, s_tl`,
];

export const TIMELINE_SUMMARY = `
  SELECT
    (SELECT count(*) FROM s_tl_posts)::int AS posts,
    (SELECT count(*) FROM s_tl_photos)::int AS photos,
    (SELECT count(*) FROM s_tl_entries)::int AS "diaryEntries",
    (SELECT count(*) FROM s_tl_answers)::int AS "consentAnswers"`;

/** The tables the timeline seed grew. */
export const TIMELINE_TABLES = [
  'media',
  'media_files',
  'posts',
  'post_photos',
  'post_photo_children',
  'diary_entries',
  'diary_entry_media',
  'consent_answers',
  'consent_states',
];
