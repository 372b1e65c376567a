import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { NOORTJE, TIES } from '../agenda/test-data.ts';
import {
  creditsByChild,
  entryText,
  formatCreditAmount,
  originText,
  remainingText,
  shownEntries,
  signedAmount,
  validityText,
} from './credit-format.ts';
import { CREDIT_B, credit, LINE } from './test-data.ts';

const t = i18n.t;

describe('credit amounts in words', () => {
  it('writes minutes as hours and minutes and points as points', () => {
    expect(formatCreditAmount(t, 'minutes', 195)).toBe('3 uur 15');
    expect(formatCreditAmount(t, 'minutes', 330)).toBe('5 uur 30');
    expect(formatCreditAmount(t, 'minutes', 305)).toBe('5 uur 05');
    expect(formatCreditAmount(t, 'minutes', 120)).toBe('2 uur');
    expect(formatCreditAmount(t, 'minutes', 60)).toBe('1 uur');
    expect(formatCreditAmount(t, 'minutes', 45)).toBe('45 minuten');
    expect(formatCreditAmount(t, 'minutes', 0)).toBe('0 minuten');
    expect(formatCreditAmount(t, 'points', 2)).toBe('2 punten');
    expect(formatCreditAmount(t, 'points', 1)).toBe('1 punt');
    // The sign is for the text around it.
    expect(formatCreditAmount(t, 'minutes', -330)).toBe('5 uur 30');
    expect(signedAmount(t, 'minutes', -330)).toBe('− 5 uur 30');
    expect(signedAmount(t, 'points', 1)).toBe('+ 1 punt');
  });

  it('says what is left of what it was worth, when it is valid and where it came from', () => {
    expect(remainingText(t, { unit: 'minutes', remaining: 195, initial: 480 })).toBe(
      '3 uur 15 over van 8 uur',
    );
    expect(validityText(t, credit(), 'nl')).toBe('Geldig van 1 november 2026 tot en met 31 december 2026');
    expect(originText(t, credit(), 'nl')).toBe('Toegekend: Sluiting door storing');
    expect(originText(t, credit({ source: 'compensation', description: ' ' }), 'nl')).toBe('Compensatie');
    expect(originText(t, credit({ source: 'absence', description: 'Ziek op ma 7 dec' }), 'nl')).toBe(
      'Afwezigheid: Ziek op ma 7 dec',
    );
    expect(originText(t, credit({ source: 'absence', description: '2026-11-25 12:30–18:30' }), 'nl')).toBe(
      'Afwezigheid op 25 november 2026, 12:30–18:30',
    );
  });
});

describe('the entries of a credit', () => {
  const line = { id: LINE, date: '2026-12-02', startTime: '07:30', endTime: '13:00', status: 'approved' };
  const used = credit({
    remaining: 150,
    entries: [
      ...credit().entries,
      {
        id: 'b',
        kind: 'refund',
        amount: 330,
        at: '2026-11-20T10:00:00+01:00',
        reason: '',
        requestLine: line,
      },
      { id: 'a', kind: 'use', amount: -330, at: '2026-11-10T10:00:00+01:00', reason: '', requestLine: line },
      {
        id: 'c',
        kind: 'correction',
        amount: -330,
        at: '2026-11-21T10:00:00+01:00',
        reason: 'Dubbel',
        requestLine: null,
      },
    ],
  });

  it('lists uses, refunds and corrections oldest first, without the grant', () => {
    expect(shownEntries(used).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('names the request line of a use and a refund', () => {
    const [use, refund, correction] = shownEntries(used);
    if (!use || !refund || !correction) throw new Error('entries missing');
    expect(entryText(t, use, 'nl')).toBe('Ingezet voor 2 december 2026, 07:30–13:00');
    expect(entryText(t, refund, 'nl')).toBe('Teruggeboekt: 2 december 2026, 07:30–13:00');
    expect(entryText(t, correction, 'nl')).toBe('Correctie: Dubbel');
  });
});

describe('credits per child', () => {
  it('groups by child, usable first, then by end of validity', () => {
    const list = [
      credit({ id: 'x1', state: 'expired', validUntil: '2026-10-01' }),
      credit({ id: 'x2', validUntil: '2027-01-31' }),
      credit({ id: CREDIT_B, childId: TIES, childName: 'Ties de Vries' }),
      credit({ id: 'x3', validUntil: '2026-12-15' }),
    ];
    const grouped = creditsByChild(list);
    expect(grouped.map((g) => g.childId)).toEqual([NOORTJE, TIES]);
    expect(grouped[0]?.credits.map((c) => c.id)).toEqual(['x3', 'x2', 'x1']);
  });
});
