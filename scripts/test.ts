// `npm test`: every test of the project, in order, stopping at the first failure.
//   1. server and contract tests on the embedded database (PGlite);
//   2. the same again on PostgreSQL when TEST_DATABASE_URL is set;
//   3. web unit tests (vitest);
//   4. browser tests (Playwright in Debian's Chromium) against the real server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWebBuilt } from './web-build.ts';

const root = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${title}: failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`${title}: passed in ${seconds} s`);
}

/** Debian's Chromium is the browser of the e2e tests; a fresh machine gets it from apt when we are root. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}: install Debian's "chromium" package (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium package for the browser tests…");
  run('apt-get update', 'apt-get', ['update', '-qq']);
  run('apt-get install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

// Two test files at a time: each file has its own database (a PGlite copy or a fresh PostgreSQL database), and on
// two cores this halves the PostgreSQL run and takes a third off the PGlite run.
const serverTests = [
  '--test',
  '--test-concurrency=2',
  'apps/server/**/*.test.ts',
  'packages/contract/**/*.test.ts',
];
const only = process.argv[2];
// Files named *.tz.test.ts check that answers do not depend on the server process's time zone: they run once
// more in the zone of the product and in one far from it (the main runs use UTC).
const zoneTests = ['--test', '--test-concurrency=1', 'apps/server/**/*.tz.test.ts'];
if (!only || only === 'server') {
  run('server tests on PGlite', process.execPath, serverTests, { TEST_DATABASE_URL: '', TZ: 'UTC' });
  for (const zone of ['Europe/Amsterdam', 'Pacific/Auckland'])
    run(`time-zone tests with TZ=${zone}`, process.execPath, zoneTests, { TEST_DATABASE_URL: '', TZ: zone });
  if (process.env.TEST_DATABASE_URL)
    run('server tests on PostgreSQL', process.execPath, serverTests, { TZ: 'UTC' });
}
if (!only || only === 'web') run('web unit tests', 'npm', ['run', 'test', '-w', 'apps/web', '--silent']);
if (!only || only === 'e2e') {
  ensureWebBuilt();
  ensureChromium();
  run('browser tests', 'npm', ['run', 'test', '-w', 'e2e', '--silent'], { CHROMIUM_PATH: CHROMIUM });
}
