import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './generated/schema.ts';

export type Database = Kysely<DB>;

/** A database handle: Kysely for queries, the pg pool for pg-boss and LISTEN/NOTIFY, and how to close both. */
export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

// Dates stay strings (`YYYY-MM-DD`): a `date` is a calendar day, never a moment, and must not pass through a
// JavaScript Date in the server's time zone. `bigint` counts fit in a JavaScript number for our ranges.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Opens the embedded database (PGlite, data in `dataDir`, or in memory for `null`) or a real PostgreSQL.
 * Both are reached through the same `pg` pool interface so Kysely and pg-boss run unchanged on either.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      pool,
      engine: 'postgres',
      async close() {
        await db.destroy();
      },
    };
  }
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    extensions: { btree_gist },
  });
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    engine: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
