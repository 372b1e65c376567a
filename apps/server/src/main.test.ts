import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pgliteTemplate } from '../test/database.ts';

const MAIN = join(import.meta.dirname, 'main.ts');

interface Server {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(dataDir: string, port: number): Server {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NESTJE_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(url: string, server: Server, timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timeout waiting for ${url}: ${server.output()}`);
}

describe('the server process on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nestje-main-'));
  const port = 20000 + (process.pid % 20000);
  let first: Server;

  before(async () => {
    // A migrated template saves the seconds PGlite needs to create a database; the demo is still created.
    cpSync(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true });
    first = startServer(dataDir, port);
    await waitFor(`http://127.0.0.1:${port}/readyz`, first);
  });
  after(async () => {
    if (first.child.exitCode === null) first.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('starts with the demo organisation and prints the URL and the demo sign-ins', async () => {
    const ready = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as {
      status: string;
      migrations: number;
    };
    assert.equal(ready.status, 'ready');
    assert.ok(ready.migrations >= 2);
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
    const out = first.output();
    assert.match(out, new RegExp(`http://localhost:${port}`));
    for (const email of [
      'ouder@demo.nestje.nl',
      'ouder2@demo.nestje.nl',
      'medewerker@demo.nestje.nl',
      'planner@demo.nestje.nl',
      'beheer@demo.nestje.nl',
    ]) {
      assert.ok(out.includes(email), email);
    }
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-nestje-csrf': '1' },
      body: JSON.stringify({ email: 'ouder@demo.nestje.nl', password: 'nestje-demo' }),
    });
    assert.equal(login.status, 200);
  });

  test('a second server on the same data folder refuses to start, with a clear message', async () => {
    const second = startServer(dataDir, port + 1);
    const code = await second.exited;
    assert.equal(code, 1);
    assert.match(second.output(), /in use by another Nestje server/);
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200, 'the first one still runs');
  });

  test('SIGTERM closes the database cleanly and frees the folder; the data is there at the next start', async () => {
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.equal(existsSync(join(dataDir, 'nestje.lock')), false);
    first = startServer(dataDir, port);
    await waitFor(`http://127.0.0.1:${port}/readyz`, first);
    assert.doesNotMatch(first.output(), /error/i);
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-nestje-csrf': '1' },
      body: JSON.stringify({ email: 'beheer@demo.nestje.nl', password: 'nestje-demo' }),
    });
    assert.equal(login.status, 200);
    first.child.kill('SIGINT');
    assert.equal(await first.exited, 0);
  });
});
