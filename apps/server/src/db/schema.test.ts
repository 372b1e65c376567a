import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { useTestSystem } from '../../test/index.ts';
import { renderSchemaTypes } from './schema-types.ts';

const t = useTestSystem();

/**
 * Tables that are not owned by one organisation: the tenants themselves, infrastructure, and national reference
 * data that is the same for every organisation (school_holidays: the published school holidays per region, filled
 * by its migration and never written by the application; locations deviate in location_holiday_periods), and
 * server_keys (the keys the server processes share, such as the one that signs media URLs).
 */
const NOT_TENANT_OWNED = new Set([
  'organisations',
  'rate_limit_counters',
  'dev_mails',
  'school_holidays',
  'server_keys',
]);

test('the generated Kysely types match the migrated schema (run `npm run db:types`)', async () => {
  const committed = await readFile(join(import.meta.dirname, 'generated', 'schema.ts'), 'utf8');
  assert.equal(await renderSchemaTypes(t.ctx.db), committed);
});

test('every domain table carries organisation_id, first in its primary key', async () => {
  const { rows } = await sql<{ table_name: string; pk: string[] | null; has_org: boolean }>`
    SELECT c.relname AS table_name,
      (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM pg_constraint pc
         CROSS JOIN unnest(pc.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
       WHERE pc.conrelid = c.oid AND pc.contype = 'p') AS pk,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped) AS has_org
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'kysely_%'`.execute(t.ctx.db);
  assert.ok(rows.length >= 15);
  for (const r of rows) {
    if (NOT_TENANT_OWNED.has(r.table_name)) continue;
    assert.ok(r.has_org, `${r.table_name} has organisation_id`);
    assert.equal(r.pk?.[0], 'organisation_id', `${r.table_name}'s primary key starts with organisation_id`);
  }
});

test('every foreign key between domain tables includes organisation_id', async () => {
  const { rows } = await sql<{ name: string; from_table: string; to_table: string; cols: string[] }>`
    SELECT pc.conname AS name, c.relname AS from_table, r.relname AS to_table,
      (SELECT array_agg(a.attname::text) FROM unnest(pc.conkey) k(attnum)
         JOIN pg_attribute a ON a.attrelid = pc.conrelid AND a.attnum = k.attnum) AS cols
    FROM pg_constraint pc
    JOIN pg_class c ON c.oid = pc.conrelid JOIN pg_class r ON r.oid = pc.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE pc.contype = 'f' AND n.nspname = 'public'`.execute(t.ctx.db);
  assert.ok(rows.length >= 20);
  for (const fk of rows) {
    if (fk.to_table === 'organisations') continue;
    assert.ok(
      fk.cols.includes('organisation_id'),
      `${fk.name} (${fk.from_table} → ${fk.to_table}) includes organisation_id`,
    );
  }
});

test('parameterised queries run as prepared statements, planned once per connection', async () => {
  // A transaction pins one connection, so the statement and the catalogue query see the same session.
  const n = await t.ctx.db.transaction().execute(async (trx) => {
    const lookup = () =>
      trx.selectFrom('organisations').select('id').where('slug', '=', 'no-such-organisation').execute();
    await lookup();
    await lookup();
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements
      WHERE statement LIKE ${'%from "organisations" where "slug" = $1%'}`.execute(trx);
    return rows[0]?.n;
  });
  assert.equal(n, 1);
});
