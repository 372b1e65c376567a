import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportLine } from '@nestje/contract';
import { importCsv, importRow, runImport, uploadImport } from '../../../test/imports-factories.ts';
import {
  createFamily,
  createOrganisation,
  createStaff,
  TEST_PASSWORD,
  TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';

const t = useTestSystem();

async function signedIn(email: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  assert.equal((await c.login(email, TEST_PASSWORD)).status, 200);
  return c;
}

async function planner(o: TestOrganisation, locationId = o.locationId): Promise<TestClient> {
  return signedIn((await createStaff(t.ctx, o, 'planner', { locationId })).email);
}

/** Rows of the tables an import writes, in the organisation. */
async function counts(organisationId: string) {
  const count = async (table: 'children' | 'guardians' | 'placements' | 'guardian_children' | 'accounts') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organisation_id', '=', organisationId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    children: await count('children'),
    guardians: await count('guardians'),
    placements: await count('placements'),
    links: await count('guardian_children'),
    accounts: await count('accounts'),
  };
}

const issuesOf = (line: ImportLine) => line.issues.map((i) => [i.column, i.code]);

describe('the dry run', () => {
  test('reports line, column and reason for each kind of bad line, and writes nothing but the import', async () => {
    const o = await createOrganisation(t.ctx);
    const existing = await createFamily(t.ctx, o);
    await t.ctx.db
      .updateTable('children')
      .set({ external_ref: 'BESTAAT' })
      .where('id', '=', existing.childIds[0]!)
      .execute();
    const c = await planner(o);
    const rows = [
      importRow('A1'),
      importRow('A2', { child_first_name: '' }),
      importRow('A3', { child_birth_date: '31-02-2024' }),
      importRow('A4', { start_date: '01-09-2026', end_date: '31-08-2026' }),
      importRow('A5', { group: 'Groep Z' }),
      importRow('A6', { product: 'Halve dag' }),
      importRow('A7', { weekdays: 'ma,xx' }),
      importRow('A8', { weekdays: 'za' }),
      importRow('A9', { guardian1_email: 'geen-adres' }),
      importRow('A1', { start_date: '2027-01-01' }),
      importRow('A1', { child_birth_date: '2024-05-02', group: 'Groep B' }),
      importRow('A10', { guardian1_parental_authority: 'misschien' }),
      importRow('BESTAAT', { group: 'Groep Z' }),
      importRow('A11', {
        guardian1_first_name: 'Anders',
        guardian1_last_name: 'van A1',
        guardian1_email: 'ouder-a1@example.nl',
      }),
      importRow('A12', { guardian2_first_name: 'Tweede' }),
      importRow('A13', { child_ref: '' }),
      importRow('A14', {
        placement_type: '',
        guardian2_email: 'OUDER-A14@example.nl',
        guardian2_first_name: 'X',
      }),
      importRow('R'.repeat(101)),
    ];
    const before = await counts(o.id);
    const res = await uploadImport(c, o.locationId, importCsv(rows));
    assert.equal(res.status, 200);
    const report = res.body;
    assert.equal(report.status, 'checked');
    assert.equal(report.canRun, false);
    assert.deepEqual(report.fileIssues, []);
    const byLine = new Map<number, ImportLine>(report.lines.map((l: ImportLine) => [l.line, l]));
    const expected: [number, [string | null, string][]][] = [
      [2, []],
      [3, [['child_first_name', 'required']]],
      [4, [['child_birth_date', 'invalid_format']]],
      [5, [['end_date', 'date_order']]],
      [6, [['group', 'unknown_reference']]],
      [7, [['product', 'unknown_reference']]],
      [8, [['weekdays', 'invalid_format']]],
      [9, [['weekdays', 'invalid_value']]],
      [10, [['guardian1_email', 'invalid_format']]],
      [11, [['start_date', 'overlap']]],
      [12, [['child_birth_date', 'mismatch']]],
      [13, [['guardian1_parental_authority', 'invalid_format']]],
      [14, []],
      [15, [['guardian1_first_name', 'mismatch']]],
      [
        16,
        [
          ['guardian2_last_name', 'required'],
          ['guardian2_email', 'required'],
        ],
      ],
      [17, [['child_ref', 'required']]],
      [
        18,
        [
          ['guardian2_last_name', 'required'],
          ['guardian2_email', 'invalid_value'],
          ['placement_type', 'required'],
        ],
      ],
      [19, [['child_ref', 'too_big']]],
    ];
    for (const [line, issues] of expected)
      assert.deepEqual(issuesOf(byLine.get(line)!), issues, `line ${line}`);
    assert.equal(byLine.get(2)!.status, 'create');
    assert.equal(byLine.get(14)!.status, 'skipped', 'a child_ref that exists is skipped, not checked');
    assert.match(byLine.get(11)!.issues[0]!.message, /line 2/);
    assert.equal(byLine.get(11)!.issues[0]!.line, 11);
    assert.deepEqual(
      { lines: report.totals.lines, create: report.totals.create, skipped: report.totals.skipped },
      { lines: 18, create: 1, skipped: 1 },
    );
    assert.equal(report.totals.errors, 16);

    assert.deepEqual(await counts(o.id), before, 'the dry run writes no family data');
    const stored = await t.ctx.db
      .selectFrom('imports')
      .selectAll()
      .where('id', '=', report.id)
      .executeTakeFirst();
    assert.equal(stored?.status, 'checked');
    assert.equal(stored?.location_id, o.locationId);
    assert.equal((await c.get(`/api/v1/imports/${report.id}`)).body.lines.length, 18);
    const run = await runImport(c, report.id);
    assert.equal(run.events.at(-1)?.type, 'failed', 'a file with errors cannot run');
    assert.deepEqual(await counts(o.id), before);
  });

  test('line numbers count the line breaks inside quoted fields', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const csv = importCsv([
      importRow('B1', { guardian1_street: 'Lange\nstraat' }),
      importRow('B2', { group: 'X' }),
    ]);
    const res = await uploadImport(c, o.locationId, csv);
    assert.deepEqual(
      res.body.lines.map((l: ImportLine) => [l.line, l.status]),
      [
        [2, 'create'],
        [4, 'error'],
      ],
    );
    assert.equal(res.body.lines[1].issues[0].line, 4);
  });

  test('a header without a required column, a doubled column, an unclosed quote or no rows are file issues', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const withoutProduct = importCsv([importRow('C1')], {
      columns: [
        'child_ref',
        'child_first_name',
        'child_last_name',
        'child_birth_date',
        'guardian1_first_name',
      ],
    });
    const missing = (await uploadImport(c, o.locationId, withoutProduct)).body;
    assert.deepEqual(
      missing.fileIssues.map((i: { line: number; column: string; code: string }) => [
        i.line,
        i.column,
        i.code,
      ]),
      [
        [1, 'guardian1_last_name', 'required'],
        [1, 'guardian1_email', 'required'],
        [1, 'group', 'required'],
        [1, 'placement_type', 'required'],
        [1, 'start_date', 'required'],
        [1, 'weekdays', 'required'],
        [1, 'product', 'required'],
      ],
    );
    assert.deepEqual(missing.lines, []);
    assert.equal(missing.canRun, false);

    const doubled = importCsv([importRow('C1')]).replace('child_ref,', 'child_ref,kind_ref,');
    const twice = (await uploadImport(c, o.locationId, doubled)).body;
    assert.deepEqual(twice.fileIssues[0], {
      line: 1,
      column: 'child_ref',
      code: 'taken',
      message: 'Column child_ref appears more than once',
    });

    const unclosed = `${importCsv([importRow('C1')])}C2,"Open\n`;
    const open = (await uploadImport(c, o.locationId, unclosed)).body;
    assert.deepEqual(
      open.fileIssues.map((i: { line: number; code: string }) => [i.line, i.code]),
      [[3, 'invalid_format']],
    );

    const empty = (await uploadImport(c, o.locationId, '')).body;
    assert.deepEqual(empty.fileIssues[0].code, 'empty_file');
    const headerOnly = (await uploadImport(c, o.locationId, importCsv([]))).body;
    assert.deepEqual(headerOnly.fileIssues[0].code, 'empty_file');

    const json = await c.post(`/api/v1/imports?locationId=${o.locationId}&fileName=x.csv`, { rows: [] });
    assert.equal(json.status, 400);
    assert.deepEqual(
      json.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['file', 'unsupported_file_type']],
    );
  });

  test('unknown columns are ignored and named; headers match in Dutch or English, any case and spacing', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const csv = importCsv([{ ...importRow('D1') }], {
      headerName: (col) => (col === 'child_first_name' ? 'Kind Voornaam' : col === 'group' ? 'GROEP' : col),
    }).replace('child_ref,', 'Opmerking,child_ref,');
    const body = csv
      .split('\n')
      .map((l, i) => (i === 1 ? `iets,${l}` : l))
      .join('\n');
    const res = (await uploadImport(c, o.locationId, body)).body;
    assert.deepEqual(res.ignoredColumns, ['Opmerking']);
    assert.deepEqual(res.fileIssues, []);
    assert.equal(res.lines[0].status, 'create');
    assert.equal(res.lines[0].child.firstName, 'Kind D1');
    assert.equal(res.lines[0].placement.groupName, 'Groep A');
  });
});

describe('who may import', () => {
  test('a planner of another location gets 404; group staff of the location 403; lists hold own imports only', async () => {
    const o = await createOrganisation(t.ctx);
    const otherLocation = (
      await t.ctx.db
        .insertInto('locations')
        .values({ organisation_id: o.id, name: 'Andere locatie' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const mine = await planner(o);
    const theirs = await planner(o, otherLocation);
    const groupStaff = await signedIn(
      (await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] })).email,
    );
    const csv = importCsv([importRow('E1')]);
    assert.equal((await uploadImport(theirs, o.locationId, csv)).status, 404);
    assert.equal((await uploadImport(groupStaff, o.locationId, csv)).status, 403);
    const created = await uploadImport(mine, o.locationId, csv);
    assert.equal(created.status, 200);
    assert.equal(created.body.canRun, true);
    const id = created.body.id;
    assert.equal((await theirs.get(`/api/v1/imports/${id}`)).status, 404);
    assert.equal((await runImport(theirs, id)).status, 404);
    assert.deepEqual((await theirs.get('/api/v1/imports')).body.imports, []);
    const list = (await mine.get('/api/v1/imports')).body.imports;
    assert.deepEqual(
      list.map((i: { id: string; status: string; totals: { create: number } }) => [
        i.id,
        i.status,
        i.totals.create,
      ]),
      [[id, 'checked', 1]],
    );
    const admin = await signedIn((await createStaff(t.ctx, o, 'organisation_admin')).email);
    assert.equal((await admin.get(`/api/v1/imports/${id}`)).status, 200);
    const family = await signedIn((await createFamily(t.ctx, o)).email);
    assert.equal((await family.get('/api/v1/imports')).status, 403);
    assert.equal((await family.get(`/api/v1/imports/${id}`)).status, 404);

    const otherOrganisation = await createOrganisation(t.ctx);
    const stranger = await planner(otherOrganisation);
    assert.equal((await uploadImport(stranger, o.locationId, csv)).status, 404);
    assert.equal((await stranger.get(`/api/v1/imports/${id}`)).status, 404);
  });
});

describe('the template', () => {
  test('holds the Dutch header and an example line that imports once the location has its group', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const res = await c.get('/api/v1/imports/template.csv');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /attachment/);
    const text = String(res.body);
    assert.ok(
      text.startsWith('\uFEFFkind_ref;kind_voornaam;kind_achternaam;kind_geboortedatum;ouder1_voornaam'),
    );
    assert.equal(text.split('\r\n').filter((l) => l !== '').length, 2);

    const before = (await uploadImport(c, o.locationId, text)).body;
    assert.deepEqual(before.fileIssues, []);
    assert.deepEqual(issuesOf(before.lines[0]), [['group', 'unknown_reference']]);

    const group = await t.ctx.db
      .insertInto('groups')
      .values({
        organisation_id: o.id,
        location_id: o.locationId,
        name: 'Dreumesen',
        kind: 'KDV',
        min_age_months: 0,
        max_age_months: 48,
        capacity: 12,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('care_product_groups')
      .values({ organisation_id: o.id, care_product_id: o.productId, group_id: group.id })
      .execute();
    const after = (await uploadImport(c, o.locationId, text)).body;
    assert.equal(after.canRun, true);
    assert.equal(after.separator, ';');
    assert.deepEqual(after.lines[0].placement.weekdays, [1, 2, 4]);

    const english = String((await c.get('/api/v1/imports/template.csv?language=en')).body);
    assert.ok(english.startsWith('\uFEFFchild_ref,child_first_name,'));
    const en = (await uploadImport(c, o.locationId, english)).body;
    assert.equal(en.separator, ',');
    assert.equal(en.canRun, true);
  });
});
