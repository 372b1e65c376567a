import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createTestDatabase } from '../../test/database.ts';
import { TestClient, useTestSystem } from '../../test/index.ts';
import { openDatabase } from '../db/database.ts';
import {
  createOrganisationWithAdmin,
  SlugTakenError,
} from '../modules/organisation/first-organisation.service.ts';

const t = useTestSystem();
const CLI = join(import.meta.dirname, 'create-organisation.ts');

const args = (slug: string, extra: string[] = []) => [
  '--name',
  'Kinderopvang De Eik',
  '--slug',
  slug,
  '--admin-email',
  'Beheer@De-Eik.nl',
  '--admin-first-name',
  'Anouk',
  '--admin-last-name',
  'Bakker',
  ...extra,
];

/** Runs the command as `npm run org:create` does, in a process of its own. */
function run(argv: string[], env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.NESTJE_DATA_DIR;
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...argv], { env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const folders: string[] = [];
const newFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nestje-cli-'));
  folders.push(dir);
  return dir;
};
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('the first organisation and its admin', () => {
  test('creates organisation, location, admin and account; the activation link signs the admin in', async () => {
    const created = await createOrganisationWithAdmin(t.ctx, {
      name: 'De Eik',
      slug: 'de-eik-service',
      locationName: 'Centrum',
      admin: { email: 'beheer@de-eik.nl', firstName: 'Anouk', lastName: 'Bakker' },
    });
    assert.ok(created.locationId);
    const token = /#token=(.+)$/.exec(created.activationLink)?.[1];
    assert.match(created.activationLink, /^http:\/\/localhost:3000\/activeren#token=/);
    const c = new TestClient(t.app);
    const done = await c.post('/api/v1/auth/activation/complete', {
      token,
      password: 'een eigen wachtwoord',
    });
    assert.equal(done.status, 200);
    c.account = done.body.activeAccountId;
    const settings = await c.get('/api/v1/organisation/settings');
    assert.equal(settings.status, 200, 'the new account is an organisation admin');
    assert.equal(settings.body.slug, 'de-eik-service');
    const locations = await c.get('/api/v1/locations');
    assert.deepEqual(
      locations.body.locations.map((l: { name: string }) => l.name),
      ['Centrum'],
    );
    await t.jobs.drain();
    const box = await new TestClient(t.app).get('/api/v1/dev/mailbox');
    assert.ok(
      box.body.mails.some((m: { to: string }) => m.to === 'beheer@de-eik.nl'),
      'the mail was queued',
    );
    const log = await c.get('/api/v1/audit-events?subjectType=organisation');
    assert.equal(log.body.events[0].action, 'organisation.create');
    await assert.rejects(
      createOrganisationWithAdmin(t.ctx, {
        name: 'Nog een',
        slug: 'de-eik-service',
        admin: { email: 'x@example.nl', firstName: 'X', lastName: 'Y' },
      }),
      SlugTakenError,
    );
  });
});

describe('npm run org:create', () => {
  test('works from an empty database and prints the activation link', async () => {
    const env: Record<string, string> = { LOG_LEVEL: 'silent' };
    let inspect: () => Promise<{ slug: string; queued: number }>;
    let drop = async () => {};
    if (process.env.TEST_DATABASE_URL) {
      const database = await createTestDatabase();
      if (database.target.kind !== 'postgres') throw new Error('expected PostgreSQL');
      env.DATABASE_URL = database.target.url;
      drop = database.drop;
      const url = database.target.url;
      inspect = () => readBack({ kind: 'postgres', url });
    } else {
      const dir = newFolder();
      env.NESTJE_DATA_DIR = dir;
      inspect = async () => {
        assert.ok(!existsSync(join(dir, 'nestje.lock')), 'the data folder is free again');
        return readBack({ kind: 'pglite', dataDir: join(dir, 'pglite') });
      };
    }
    try {
      const res = await run(args('de-eik', ['--location', 'Centrum']), env);
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stdout, /Organisation "Kinderopvang De Eik" created \(slug de-eik/);
      assert.match(res.stdout, /First location "Centrum" created/);
      assert.match(res.stdout, /\n {2}http:\/\/localhost:3000\/activeren#token=[A-Za-z0-9_-]{20,}\n/);
      assert.deepEqual(await inspect(), { slug: 'de-eik', queued: 1 });
      const again = await run(args('de-eik'), env);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /already exists/);
    } finally {
      await drop();
    }
  });

  test('refuses while the server holds the embedded database, and says so', async () => {
    const dir = newFolder();
    // This test process stands in for a running server: a live process owns the lock.
    writeFileSync(join(dir, 'nestje.lock'), String(process.pid));
    const res = await run(args('vergrendeld'), { NESTJE_DATA_DIR: dir, LOG_LEVEL: 'silent' });
    assert.equal(res.code, 1);
    assert.match(res.stderr, /in use by another Nestje server/);
    assert.match(res.stderr, /stop the server, run this command, then start the server again/);
  });

  test('wrong or missing options print what is wrong and how to use it', async () => {
    const res = await run(['--name', 'X', '--slug', 'Geen Slug'], { NESTJE_DATA_DIR: newFolder() });
    assert.equal(res.code, 2);
    assert.match(res.stderr, /--slug: lower-case letters/);
    assert.match(res.stderr, /--admin-email/);
    assert.match(res.stderr, /Usage: npm run org:create/);
    const unknown = await run(['--colour', 'red'], { NESTJE_DATA_DIR: newFolder() });
    assert.equal(unknown.code, 2);
  });
});

/** The organisation and queued mail jobs in a database the command wrote to (opened after it finished). */
async function readBack(target: Parameters<typeof openDatabase>[0]) {
  const handle = await openDatabase(target);
  try {
    const org = await handle.db.selectFrom('organisations').select('slug').executeTakeFirstOrThrow();
    const jobs = await handle.pool.query(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send'",
    );
    return { slug: org.slug, queued: Number(jobs.rows[0].n) };
  } finally {
    await handle.close();
  }
}
