// Starts Nestje for the browser tests: embedded database in a fresh folder (a copy of the migrated test
// template), demo data, the built web app, dev mailbox on.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgliteTemplate } from '../apps/server/test/database.ts';

const port = process.env.E2E_PORT ?? '4310';
const dataDir = mkdtempSync(join(tmpdir(), 'nestje-e2e-'));
cpSync(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true });
const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
process.on('exit', cleanup);

Object.assign(process.env, {
  PORT: port,
  HOST: 'localhost',
  NESTJE_DATA_DIR: dataDir,
  PUBLIC_URL: `http://localhost:${port}`,
  DATABASE_URL: '',
  SMTP_URL: '',
  NESTJE_DEMO: 'true',
  LOG_LEVEL: 'warn',
  // The specs sign in as the same few demo accounts from one address many times a run, more often than the
  // sign-in limit allows a person (10 per address and account in 15 minutes). The limits are tested by the server
  // tests (identity/login.test.ts, reset.test.ts); here they are off, as for server test files that sign in often.
  NESTJE_RATE_LIMITS: 'off',
});
await import('../apps/server/src/main.ts');
