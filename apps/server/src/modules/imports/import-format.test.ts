import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importColumnDutchNames, importColumns } from '@nestje/contract';
import { mapHeader, parseDate, parseEmail, parseWeekdays, parseYesNo } from './import-format.ts';

describe('import values', () => {
  test('dates as dd-mm-yyyy (also d-m-yyyy, / and .) or yyyy-mm-dd; impossible dates are refused', () => {
    assert.equal(parseDate('01-09-2026'), '2026-09-01');
    assert.equal(parseDate('1-9-2026'), '2026-09-01');
    assert.equal(parseDate('01/09/2026'), '2026-09-01');
    assert.equal(parseDate('01.09.2026'), '2026-09-01');
    assert.equal(parseDate('2026-09-01'), '2026-09-01');
    assert.equal(parseDate('29-02-2024'), '2024-02-29');
    for (const bad of [
      '29-02-2026',
      '31-04-2026',
      '2026-13-01',
      '09-01-26',
      '2026/09/01',
      'morgen',
      '',
      '01-09-1850',
    ])
      assert.equal(parseDate(bad), null, bad);
  });

  test('weekdays in Dutch, English or as numbers, with ranges; anything else is refused', () => {
    assert.deepEqual(parseWeekdays('ma,di,do'), [1, 2, 4]);
    assert.deepEqual(parseWeekdays('1,2,4'), [1, 2, 4]);
    assert.deepEqual(parseWeekdays('Maandag; Woensdag'), [1, 3]);
    assert.deepEqual(parseWeekdays('mon tue fri'), [1, 2, 5]);
    assert.deepEqual(parseWeekdays('ma-vr'), [1, 2, 3, 4, 5]);
    assert.deepEqual(parseWeekdays('vr,ma,ma'), [1, 5]);
    assert.deepEqual(parseWeekdays('zo'), [7]);
    for (const bad of ['', 'ma,xx', '8', 'vr-ma', 'ma-']) assert.equal(parseWeekdays(bad), null, bad);
  });

  test('parental authority as ja/nee, yes/no, 1/0; empty takes the default', () => {
    assert.equal(parseYesNo('Ja', false), true);
    assert.equal(parseYesNo('nee', true), false);
    assert.equal(parseYesNo('YES', false), true);
    assert.equal(parseYesNo('0', true), false);
    assert.equal(parseYesNo(' ', true), true);
    assert.equal(parseYesNo('misschien', true), null);
  });

  test('e-mail addresses in lower case; not-addresses refused', () => {
    assert.equal(parseEmail(' Sanne@Example.NL '), 'sanne@example.nl');
    for (const bad of ['sanne', 'sanne@', '@example.nl', 'sanne@example', 'a b@example.nl', 'x@y.n'])
      assert.equal(parseEmail(bad), null, bad);
  });
});

describe('import header', () => {
  test('every English and Dutch column name maps to its column, in any case and spacing', () => {
    const english = mapHeader([...importColumns]);
    assert.deepEqual(english.issues, []);
    importColumns.forEach((column, i) => {
      assert.equal(english.index[column], i);
    });
    const dutch = mapHeader(
      importColumns.map((c) => importColumnDutchNames[c].toUpperCase().replaceAll('_', ' ')),
    );
    assert.deepEqual(dutch.issues, []);
    importColumns.forEach((column, i) => {
      assert.equal(dutch.index[column], i);
    });
  });

  test('synonyms and accents; unknown names are ignored; missing and doubled columns are issues', () => {
    const map = mapHeader([
      'Kindnummer',
      'Voornaam kind',
      'Opmerking',
      'Ouder 1 E-mail',
      'Ouder1 e-mailadres',
      '',
    ]);
    assert.equal(map.index.child_ref, 0);
    assert.equal(map.index.child_first_name, 1);
    assert.equal(map.index.guardian1_email, 3);
    assert.deepEqual(map.ignored, ['Opmerking']);
    assert.deepEqual(map.issues[0], {
      line: 1,
      column: 'guardian1_email',
      code: 'taken',
      message: 'Column guardian1_email appears more than once',
    });
    assert.ok(map.issues.some((i) => i.column === 'product' && i.code === 'required'));
    assert.ok(!map.issues.some((i) => i.column === 'guardian2_email'), 'guardian 2 is optional');
  });
});
