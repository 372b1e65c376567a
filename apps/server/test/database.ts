import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { type DatabaseTarget, openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { Jobs } from '../src/jobs/jobs.ts';

const MIGRATIONS = join(import.meta.dirname, '..', 'src', 'migrations');

/** A key that changes whenever a migration or the job queue's schema may have changed. */
function templateKey(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS).sort())
    hash.update(file).update(readFileSync(join(MIGRATIONS, file)));
  hash.update(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A migrated PGlite data folder (schema and job queue), made once and copied for each test file: creating a
 * PGlite database takes seconds, opening a copy half a second.
 */
export async function pgliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), `nestje-pglite-template-${templateKey()}`);
  if (existsSync(dir)) return dir;
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const handle = await openDatabase({ kind: 'pglite', dataDir: building });
  try {
    await migrateToLatest(handle.db);
    const jobs = new Jobs(handle.pool, pino({ level: 'silent' }), { schedule: false });
    await jobs.start();
    await jobs.stop();
  } finally {
    await handle.close();
  }
  if (!existsSync(dir)) renameSync(building, dir);
  else rmSync(building, { recursive: true, force: true });
  return dir;
}

/**
 * Each test file gets a database of its own: a copy of the PGlite template by default, or, when
 * TEST_DATABASE_URL is set, a new database on that PostgreSQL server, dropped again at the end.
 */
export async function createTestDatabase(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const template = await pgliteTemplate();
    const copy = mkdtempSync(join(tmpdir(), 'nestje-test-db-'));
    cpSync(template, copy, { recursive: true });
    return {
      target: { kind: 'pglite', dataDir: copy },
      drop: async () => rmSync(copy, { recursive: true, force: true }),
    };
  }
  const name = `nestje_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
