import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_PLANNING_POLICY } from '@nestje/contract';
import { sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { createTestDatabase } from '../../../test/database.ts';
import { openDatabase } from '../../db/database.ts';

const MIGRATIONS = join(import.meta.dirname, '..', '..', 'migrations');

/** The SQL migrations up to and including `last`. */
async function migrationsUpTo(last: string): Promise<Record<string, Migration>> {
  const files = (await readdir(MIGRATIONS)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  const result: Record<string, Migration> = {};
  for (const file of files) {
    const name = file.replace(/\.sql$/, '');
    if (name > last) break;
    const text = await readFile(join(MIGRATIONS, file), 'utf8');
    result[name] = { up: async (db) => void (await sql.raw(text).execute(db)) };
  }
  return result;
}

test('the migration gives organisations that existed before it the default policy', async () => {
  const target = process.env.TEST_DATABASE_URL
    ? (await createTestDatabase()).target
    : ({ kind: 'pglite', dataDir: null } as const);
  const handle = await openDatabase(target);
  try {
    const migrate = async (last: string) => {
      const provider = { getMigrations: () => migrationsUpTo(last) };
      const { error } = await new Migrator({ db: handle.db, provider }).migrateToLatest();
      assert.equal(error, undefined);
    };
    await migrate('0007_care_days');
    const { id } = await handle.db
      .insertInto('organisations')
      .values({ slug: 'oud-organisatie', name: 'Oud' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await migrate('0008_planning_policy');
    const row = await handle.db
      .selectFrom('planning_policies')
      .select(['min_lead_hours', 'horizon_days', 'cancel_deadline_hours', 'expiry_lead_hours'])
      .where('organisation_id', '=', id)
      .executeTakeFirst();
    assert.deepEqual(row, {
      min_lead_hours: DEFAULT_PLANNING_POLICY.minLeadHours,
      horizon_days: DEFAULT_PLANNING_POLICY.horizonDays,
      cancel_deadline_hours: DEFAULT_PLANNING_POLICY.cancelDeadlineHours,
      expiry_lead_hours: DEFAULT_PLANNING_POLICY.expiryLeadHours,
    });
    const later = await handle.db
      .insertInto('organisations')
      .values({ slug: 'nieuw-organisatie', name: 'Nieuw' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const count = await handle.db
      .selectFrom('planning_policies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', later.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1, 'an organisation created after the migration gets its policy too');
  } finally {
    await handle.close();
  }
});
