import { type DatabaseTarget, openDatabase } from '../apps/server/src/db/database.ts';
import { NOTIFICATIONS_SUMMARY, NOTIFICATIONS_TABLES, notificationsSql } from './notifications-seed-sql.ts';
import {
  CONTEXT,
  familiesSql,
  GROUPS,
  GROWN_TABLES,
  locationsSql,
  placementsSql,
  REQUESTS,
  type SeedShape,
  type Statement,
  SUMMARY,
} from './scale-seed-sql.ts';
import { TIMELINE_SUMMARY, TIMELINE_TABLES, timelineSql } from './timeline-seed-sql.ts';

/**
 * The scale seed: grows the demo organisation (created by the server on an empty database) to about `children`
 * children with their guardians, a location per ~200 children with eight groups each, placements that started
 * up to a year ago and a year of extra-day requests — in one transaction of bulk `INSERT … SELECT` statements
 * (`scale-seed-sql.ts`), then refreshes the statistics of the tables it grew. The demo families stay as they are.
 * Run it while no server has the embedded database open.
 */

/** Children per location: about what a location of five KDV and two BSO groups holds. */
const CHILDREN_PER_LOCATION = 200;
/** Children per family: one family in three has a second child. */
const CHILDREN_PER_FAMILY = 1.35;

const TOWNS = [
  'Heemstede',
  'Bloemendaal',
  'Zandvoort',
  'Haarlem-Noord',
  'Schalkwijk',
  'Santpoort',
  'IJmuiden',
  'Velsen-Zuid',
  'Beverwijk',
  'Heemskerk',
  'Castricum',
  'Uitgeest',
  'Hoofddorp',
  'Nieuw-Vennep',
  'Badhoevedorp',
  'Zwanenburg',
  'Lisse',
  'Hillegom',
  'Bennebroek',
  'Vijfhuizen',
  'Spaarndam',
  'Overveen',
  'Aerdenhout',
  'Cruquius',
];

export interface ScaleSeedSummary {
  locations: number;
  groups: number;
  children: number;
  guardians: number;
  placements: number;
  lines: number;
  pending: number;
  pendingAtHaarlem: number;
  posts: number;
  photos: number;
  diaryEntries: number;
  consentAnswers: number;
  notifications: number;
  /** Wall time of the inserts and of refreshing the statistics, s. */
  seconds: number;
  analyseSeconds: number;
}

interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export function shapeFor(children: number): SeedShape {
  if (!Number.isInteger(children) || children < 1)
    throw new Error(`the scale seed needs a positive whole number of children, not ${children}`);
  return {
    children,
    families: Math.max(1, Math.round(children / CHILDREN_PER_FAMILY)),
    locations: Math.max(1, Math.round(children / CHILDREN_PER_LOCATION)),
  };
}

function locationNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const town = TOWNS[i % TOWNS.length] as string;
    return i < TOWNS.length ? town : `${town} ${Math.floor(i / TOWNS.length) + 1}`;
  });
}

async function run(client: Queryable, statement: Statement) {
  return typeof statement === 'string' ? client.query(statement) : client.query(statement[0], statement[1]);
}

/** `BENCH_SCALE_PHOTOS`: photos in the timeline over all groups (1,000,000 by default). */
export function photosFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BENCH_SCALE_PHOTOS ?? '1000000';
  const photos = Number(raw);
  if (!Number.isInteger(photos) || photos < 0)
    throw new Error(`BENCH_SCALE_PHOTOS is not a whole number: ${raw}`);
  return photos;
}

/** Runs the seed on a connection that is not in a transaction; throws when the demo organisation is missing. */
export async function seedScale(
  client: Queryable,
  children: number,
  photos = photosFromEnv(),
): Promise<ScaleSeedSummary> {
  const shape = shapeFor(children);
  const started = performance.now();
  let summary: Omit<ScaleSeedSummary, 'seconds' | 'analyseSeconds'>;
  await client.query('BEGIN');
  try {
    await run(client, CONTEXT);
    const { rows } = await client.query('SELECT count(*)::int AS n FROM s_ctx');
    if ((rows[0] as { n: number }).n !== 1)
      throw new Error('the demo organisation (location Haarlem, the demo planner) is not in the database');
    const statements = [
      ...locationsSql(locationNames(shape.locations - 1)),
      ...GROUPS,
      ...familiesSql(shape),
      ...placementsSql(shape),
      ...REQUESTS,
      ...timelineSql({ photos }),
      ...notificationsSql(),
    ];
    for (const statement of statements) await run(client, statement);
    summary = {
      ...((await client.query(SUMMARY)).rows[0] as object),
      ...((await client.query(TIMELINE_SUMMARY)).rows[0] as object),
      ...((await client.query(NOTIFICATIONS_SUMMARY)).rows[0] as object),
    } as typeof summary;
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  const inserted = performance.now();
  await client.query(`ANALYZE ${[...GROWN_TABLES, ...TIMELINE_TABLES, ...NOTIFICATIONS_TABLES].join(', ')}`);
  const done = performance.now();
  return { ...summary, seconds: (inserted - started) / 1000, analyseSeconds: (done - inserted) / 1000 };
}

/**
 * Opens the database the way the server does (the embedded one in `dataDir`, with its extensions, or
 * PostgreSQL), seeds it and closes it again.
 */
export async function seedScaleOn(target: DatabaseTarget, children: number): Promise<ScaleSeedSummary> {
  const handle = await openDatabase(target);
  try {
    const client = await handle.pool.connect();
    try {
      return await seedScale(client, children);
    } finally {
      client.release();
    }
  } finally {
    await handle.close();
  }
}
