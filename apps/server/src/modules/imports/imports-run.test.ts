import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import {
  type ImportRow,
  importCsv,
  importRow,
  runImport,
  uploadImport,
} from '../../../test/imports-factories.ts';
import { importRunHelpers } from '../../../test/imports-run-factories.ts';
import {
  createFamily,
  createOrganisation,
  createStaff,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';

const t = useTestSystem();

const { planner, checked, childByRef, guardiansByEmail } = importRunHelpers(t);

async function familyRows(o: TestOrganisation): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM children WHERE organisation_id = ${o.id})
         + (SELECT count(*) FROM guardians WHERE organisation_id = ${o.id})
         + (SELECT count(*) FROM accounts WHERE organisation_id = ${o.id})
         + (SELECT count(*) FROM guardian_children WHERE organisation_id = ${o.id})
         + (SELECT count(*) FROM placements WHERE organisation_id = ${o.id})
         + (SELECT count(*) FROM placement_days WHERE organisation_id = ${o.id}) AS n`.execute(t.ctx.db);
  return Number(r.rows[0]?.n);
}

const manyRows = (prefix: string, n: number, last: ImportRow = {}) =>
  Array.from({ length: n }, (_, i) => importRow(`${prefix}${i}`, i === n - 1 ? last : {}));

describe('running an import', () => {
  test('a good file imports children, shared guardians, links with parental authority and placements with days', async () => {
    const o = await createOrganisation(t.ctx);
    const known = await createFamily(t.ctx, o);
    const staff = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const c = await planner(o);
    const mum = {
      guardian1_first_name: 'Sanne',
      guardian1_last_name: 'de Vries',
      guardian1_email: 'Sanne@Example.nl',
      guardian1_phone: '0612345678',
    };
    const csv = importCsv([
      importRow('C1', {
        ...mum,
        guardian2_first_name: 'Thijs',
        guardian2_last_name: 'Jansen',
        guardian2_email: 'thijs@example.nl',
        guardian2_parental_authority: 'nee',
        weekdays: 'ma,wo',
        end_date: '2027-07-31',
      }),
      {
        ...importRow('C1', { group: 'Groep B', weekdays: 'vr' }),
        guardian1_first_name: '',
        guardian1_last_name: '',
        guardian1_email: '',
      },
      importRow('C2', {
        ...mum,
        guardian1_phone: '',
        guardian1_street: 'Dorpsstraat',
        child_first_name: 'Zus',
      }),
      importRow('C3', {
        guardian1_first_name: 'Wie',
        guardian1_last_name: 'Dan Ook',
        guardian1_email: known.email,
        guardian2_first_name: 'Medewerker',
        guardian2_last_name: 'Ook Ouder',
        guardian2_email: staff.email,
      }),
    ]);
    const report = (await uploadImport(c, o.locationId, csv)).body;
    assert.equal(report.canRun, true);
    assert.deepEqual(report.totals, {
      lines: 4,
      create: 4,
      skipped: 0,
      errors: 0,
      children: 3,
      guardiansNew: 3,
      guardiansExisting: 1,
      links: 5,
      placements: 4,
    });
    assert.deepEqual(
      report.lines[3].guardians.map((g: { status: string; email: string }) => [g.email, g.status]),
      [
        [known.email, 'existing'],
        [staff.email, 'new'],
      ],
    );

    const run = await runImport(c, report.id);
    assert.equal(run.status, 200);
    assert.match(run.contentType, /^application\/x-ndjson/);
    assert.deepEqual(run.events, [
      { type: 'progress', done: 0, total: 4 },
      { type: 'progress', done: 4, total: 4 },
      {
        type: 'completed',
        summary: {
          children: 3,
          guardiansCreated: 3,
          guardiansLinked: 1,
          links: 5,
          placements: 4,
          skippedLines: 0,
        },
      },
    ]);

    const c1 = await childByRef(o, 'C1');
    assert.equal(c1?.location_id, o.locationId);
    assert.equal(c1?.birth_date, '2024-05-01');
    const [sanne, ...more] = await guardiansByEmail(o, 'sanne@example.nl');
    assert.equal(more.length, 0, 'one guardian for the e-mail that two lines name');
    assert.equal(sanne?.phone, '0612345678');
    assert.equal(sanne?.street, 'Dorpsstraat', 'a detail only a later line gives is kept');
    const account = await t.ctx.db
      .selectFrom('accounts')
      .selectAll()
      .where('guardian_id', '=', sanne!.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [account.kind, account.email, account.password_hash, account.invited_at, account.activated_at],
      ['guardian', 'sanne@example.nl', null, null, null],
    );
    const links = await t.ctx.db
      .selectFrom('guardian_children as gc')
      .innerJoin('guardians as g', 'g.id', 'gc.guardian_id')
      .innerJoin('children as ch', 'ch.id', 'gc.child_id')
      .select(['ch.external_ref', 'g.email', 'gc.parental_authority'])
      .where('gc.organisation_id', '=', o.id)
      .where('ch.external_ref', 'is not', null)
      .orderBy('ch.external_ref')
      .orderBy('g.email')
      .execute();
    assert.deepEqual(
      links.map((l) => [l.external_ref, l.email, l.parental_authority]),
      [
        ['C1', 'sanne@example.nl', true],
        ['C1', 'thijs@example.nl', false],
        ['C2', 'sanne@example.nl', true],
        ['C3', known.email, true],
        ['C3', staff.email, true],
      ],
    );
    assert.equal(
      (await guardiansByEmail(o, known.email)).length,
      1,
      'the known guardian is linked, not copied',
    );
    const staffAccounts = await t.ctx.db
      .selectFrom('accounts')
      .select('kind')
      .where('organisation_id', '=', o.id)
      .where('email', '=', staff.email)
      .orderBy('kind')
      .execute();
    assert.deepEqual(
      staffAccounts.map((a) => a.kind),
      ['guardian', 'staff'],
    );
    const placements = await t.ctx.db
      .selectFrom('placements as p')
      .innerJoin('placement_days as d', 'd.placement_id', 'p.id')
      .select([
        'p.group_id',
        'p.placement_type',
        'p.start_date',
        'p.end_date',
        'd.weekday',
        'd.care_product_id',
      ])
      .where('p.child_id', '=', c1!.id)
      .orderBy('d.weekday')
      .execute();
    assert.deepEqual(
      placements.map((p) => [p.group_id, p.start_date, p.end_date, p.weekday, p.care_product_id]),
      [
        [o.groupIds[0], '2026-09-01', '2027-07-31', 1, o.productId],
        [o.groupIds[0], '2026-09-01', '2027-07-31', 3, o.productId],
        [o.groupIds[1], '2026-09-01', null, 5, o.productId],
      ],
    );

    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('organisation_id', '=', o.id)
      .where('action', '=', 'import.completed')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.subject_id, report.id);
    assert.equal(audit[0]?.child_ids.length, 3);
    assert.equal((audit[0]?.details as { placements: number } | undefined)?.placements, 4);
    const jobs = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'invitations.sweep'`.execute(t.ctx.db);
    assert.equal(jobs.rows[0]?.n, 1, 'one invitation sweep is queued with the import');

    const again = await c.get(`/api/v1/imports/${report.id}`);
    assert.equal(again.body.status, 'completed');
    assert.equal(again.body.canRun, false);
    assert.equal(again.body.summary.children, 3);
  });

  test('running it a second time is a 409 and writes nothing', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const id = await checked(c, o, importCsv([importRow('R1')]));
    assert.equal((await runImport(c, id)).events.at(-1)?.type, 'completed');
    const rows = await familyRows(o);
    const second = await runImport(c, id);
    assert.equal(second.status, 409);
    assert.equal((second.body as { error: { code: string } }).error.code, 'conflict');
    assert.equal(await familyRows(o), rows);
  });

  test('two runs at the same moment: one imports, the other waits for its lock and is a 409', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const id = await checked(c, o, importCsv(manyRows('T', 300)));
    const runs = await Promise.all([runImport(c, id), runImport(c, id)]);
    assert.deepEqual(runs.map((r) => r.status).sort(), [200, 409]);
    assert.equal(runs.find((r) => r.status === 200)?.events.at(-1)?.type, 'completed');
    const children = await t.ctx.db
      .selectFrom('children')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('organisation_id', '=', o.id)
      .where('external_ref', 'like', 'T%')
      .executeTakeFirstOrThrow();
    assert.equal(Number(children.n), 300);
  });

  test('a line that became wrong after the dry run fails the run at its re-check; nothing is written', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const id = await checked(c, o, importCsv([importRow('F1'), importRow('F2', { group: 'Groep B' })]));
    const rows = await familyRows(o);
    await t.ctx.db.updateTable('groups').set({ name: 'Groep C' }).where('id', '=', o.groupIds[1]).execute();
    const run = await runImport(c, id);
    assert.equal(run.status, 200);
    assert.deepEqual(run.events, [
      {
        type: 'failed',
        errors: [
          {
            line: 3,
            column: 'group',
            code: 'unknown_reference',
            message: 'The location has no group "Groep B"',
          },
        ],
      },
    ]);
    assert.equal(await familyRows(o), rows);
    assert.equal(await childByRef(o, 'F1'), undefined);
    const list = (await c.get('/api/v1/imports')).body.imports;
    assert.equal(list[0].status, 'checked', 'a failed run leaves the import checked');

    await t.ctx.db.updateTable('groups').set({ name: 'Groep B' }).where('id', '=', o.groupIds[1]).execute();
    assert.equal((await runImport(c, id)).events.at(-1)?.type, 'completed', 'once fixed it can run');
    assert.ok(await childByRef(o, 'F2'));
  });

  test('a failure after batches were written rolls the whole import back', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const id = await checked(c, o, importCsv(manyRows('P', 600, { start_date: '2027-06-01' })));
    const rows = await familyRows(o);
    // Something the check cannot foresee: the database refuses the very last placement.
    await sql`ALTER TABLE placements ADD CONSTRAINT import_test_refusal
      CHECK (organisation_id <> ${sql.lit(o.id)}::uuid OR start_date < '2027-01-01') NOT VALID`.execute(
      t.ctx.db,
    );
    try {
      const run = await runImport(c, id);
      const types = run.events.map((e) => (e.type === 'progress' ? `progress ${e.done}` : e.type));
      assert.deepEqual(types, ['progress 0', 'progress 250', 'progress 500', 'failed']);
      const failed = run.events.at(-1);
      assert.equal(failed?.type === 'failed' && failed.errors[0]?.code, 'internal');
    } finally {
      await sql`ALTER TABLE placements DROP CONSTRAINT import_test_refusal`.execute(t.ctx.db);
    }
    assert.equal(await familyRows(o), rows, 'the 500 lines written before the failure are gone too');
    assert.equal(await childByRef(o, 'P0'), undefined);
    assert.deepEqual(await guardiansByEmail(o, 'ouder-p0@example.nl'), []);
  });

  test('progress lines arrive before the completion line', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const id = await checked(c, o, importCsv(manyRows('Q', 600)));
    const run = await runImport(c, id);
    assert.deepEqual(
      run.events.map((e) => (e.type === 'progress' ? [e.done, e.total] : e.type)),
      [[0, 600], [250, 600], [500, 600], [600, 600], 'completed'],
    );
  });

  test('over a real connection the progress lines reach the client while the import is still writing', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const id = await checked(c, o, importCsv(manyRows('U', 600)));
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${address}/api/v1/imports/${id}/run`, {
      method: 'POST',
      headers: {
        cookie: `nestje_sessions=${c.cookie}`,
        'x-nestje-account': c.account!,
        'x-nestje-csrf': '1',
      },
    });
    assert.equal(res.status, 200);
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
      chunks.push(decoder.decode(chunk));
    const firstProgress = chunks.findIndex((text) => text.includes('"progress"'));
    const completion = chunks.findIndex((text) => text.includes('"completed"'));
    assert.ok(
      firstProgress >= 0 && completion > firstProgress,
      'the first progress came in an earlier chunk',
    );
  });

  test('a child created with the same child_ref after the dry run is skipped by the run', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const id = await checked(c, o, importCsv([importRow('S1'), importRow('S2')]));
    const family = await createFamily(t.ctx, o);
    await t.ctx.db
      .updateTable('children')
      .set({ external_ref: 'S2' })
      .where('id', '=', family.childIds[0]!)
      .execute();
    const run = await runImport(c, id);
    const done = run.events.at(-1);
    assert.equal(done?.type, 'completed');
    assert.deepEqual(
      done?.type === 'completed' && [done.summary.children, done.summary.skippedLines],
      [1, 1],
    );
  });
});
