import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importColumnDutchNames } from '@nestje/contract';
import { importCsv, importRow, runImport, uploadImport } from '../../../test/imports-factories.ts';
import { importRunHelpers } from '../../../test/imports-run-factories.ts';
import { createOrganisation, useTestSystem } from '../../../test/index.ts';

const t = useTestSystem();
const { planner, checked, childByRef, guardiansByEmail } = importRunHelpers(t);

describe('files as spreadsheets write them', () => {
  test('a ;-separated Excel file with BOM, CRLF, Dutch headers and dd-mm-yyyy dates imports', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const csv = importCsv(
      [
        importRow('X1', {
          child_birth_date: '5-3-2024',
          start_date: '01-09-2026',
          end_date: '31-07-2027',
          guardian1_street: 'Hof; achterom',
          guardian1_parental_authority: 'Ja',
          weekdays: 'ma;di',
        }),
      ],
      { separator: ';', lineEnd: '\r\n', headerName: (col) => importColumnDutchNames[col].toUpperCase() },
    );
    const id = await checked(c, o, `\uFEFF${csv}`);
    assert.equal((await runImport(c, id)).events.at(-1)?.type, 'completed');
    const child = await childByRef(o, 'X1');
    assert.equal(child?.birth_date, '2024-03-05');
    const placement = await t.ctx.db
      .selectFrom('placements')
      .select(['start_date', 'end_date'])
      .where('child_id', '=', child!.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(placement, { start_date: '2026-09-01', end_date: '2027-07-31' });
    assert.equal((await guardiansByEmail(o, 'ouder-x1@example.nl'))[0]?.street, 'Hof; achterom');
  });

  test('a file saved as Windows-1252 is read as such', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await planner(o);
    const text = importCsv([importRow('W1', { child_first_name: 'Zoë' })], { separator: ';' });
    const bytes = Buffer.from(text, 'latin1');
    const report = (await uploadImport(c, o.locationId, bytes)).body;
    assert.equal(report.encoding, 'windows-1252');
    assert.equal(report.lines[0].child.firstName, 'Zoë');
  });
});
