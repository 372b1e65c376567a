import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  /** Whether the benchmark created the database (and so drops it). */
  created: boolean;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh database next to the one `url` names, so the demo seed and the sessions the runs create never
 * land in it; when the role may not create databases, the given database is used as it is.
 */
export async function createBenchDatabase(url: string): Promise<BenchDatabase> {
  const name = `nestje_bench_${randomBytes(4).toString('hex')}`;
  try {
    await withClient(url, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (err) {
    // Without the right to create databases, use the given one; anything else (unreachable server) is fatal.
    if ((err as { code?: string }).code !== '42501')
      throw new Error(`BENCH_DATABASE_URL: ${(err as Error).message}`);
    console.warn(
      `Not allowed to create a database (${(err as Error).message}); using the given one as it is.`,
    );
    return { url, created: false, drop: async () => {} };
  }
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${name}`;
  let dropped = false;
  return {
    url: benchUrl.toString(),
    created: true,
    async drop() {
      if (dropped) return;
      dropped = true;
      await withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Which database the URL names, without its credentials: for the report. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
