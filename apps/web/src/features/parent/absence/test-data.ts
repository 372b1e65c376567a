import type { AbsenceLine, AbsenceOptions, AbsencePart } from '@nestje/contract';
import { HAMSTERS, NOORTJE, TIES } from '../agenda/test-data.ts';

// Absence options and lines as the server sends them, for the tests of this feature.

export const FLORIS = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c12';
export const VSO = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c13';
export const MIDDAG = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c31';
export const BSO = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c32';
export const VSO_PRODUCT = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c33';

export { HAMSTERS, NOORTJE, TIES };

export function part(overrides: Partial<AbsencePart> = {}): AbsencePart {
  return {
    childId: NOORTJE,
    groupId: HAMSTERS,
    groupName: 'Hamsters verticaal',
    careProductId: MIDDAG,
    productName: '52 weken flexibel middag',
    date: '2027-02-01',
    startTime: '12:30',
    endTime: '18:30',
    source: 'contract',
    unavailable: null,
    credit: { minutes: 360, validUntil: '2027-03-01' },
    creditDeadline: '2027-01-31T12:30:00+01:00',
    ...overrides,
  };
}

/** Ties on a Tuesday: VSO in the morning and BSO in the afternoon. */
export function tiesTuesday(date: string, overrides: Partial<AbsencePart> = {}): AbsencePart[] {
  return [
    part({
      childId: TIES,
      groupId: VSO,
      groupName: 'VSO Haarlem',
      careProductId: VSO_PRODUCT,
      productName: 'VSO',
      date,
      startTime: '07:00',
      endTime: '08:30',
      credit: null,
      creditDeadline: null,
      ...overrides,
    }),
    part({
      childId: TIES,
      groupId: FLORIS,
      groupName: 'BSO Floris',
      careProductId: BSO,
      productName: 'BSO middag',
      date,
      startTime: '15:00',
      endTime: '18:30',
      credit: null,
      creditDeadline: null,
      ...overrides,
    }),
  ];
}

export function optionsWith(parts: AbsencePart[]): AbsenceOptions {
  return {
    children: [
      { id: NOORTJE, firstName: 'Noortje', lastName: 'de Vries' },
      { id: TIES, firstName: 'Ties', lastName: 'de Vries' },
    ],
    parts,
  };
}

export function absenceLine(overrides: Partial<AbsenceLine> = {}): AbsenceLine {
  return {
    id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e01',
    absenceId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e00',
    childId: NOORTJE,
    childName: 'Noortje de Vries',
    groupId: HAMSTERS,
    groupName: 'Hamsters verticaal',
    productName: '52 weken flexibel middag',
    date: '2027-02-03',
    startTime: '12:30',
    endTime: '18:30',
    reason: 'sick',
    comment: '',
    status: 'registered',
    submittedAt: '2027-02-01T09:00:00+01:00',
    submittedBy: 'Anna de Vries',
    credit: {
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e10',
      amount: 360,
      remaining: 360,
      validUntil: '2027-03-03',
    },
    cancel: { allowed: true, refusal: null, deadline: '2027-02-02T12:30:00+01:00' },
    ...overrides,
  };
}
