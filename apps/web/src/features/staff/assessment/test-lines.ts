import type { AssessmentLine } from '@nestje/contract';

const HAARLEM = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c01';
const HAMSTERS = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c02';

/** A pending line of the queue for tests; `n` makes its ids unique. */
export function queueLine(n: number, overrides: Partial<AssessmentLine> = {}): AssessmentLine {
  const id = (prefix: string) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id: id('10000000'),
    requestId: id('20000000'),
    bookingId: id('30000000'),
    kind: 'extra',
    role: 'extra',
    lapseMinutes: null,
    swapGive: null,
    childId: id('40000000'),
    childName: 'Noortje de Vries',
    groupId: HAMSTERS,
    groupName: 'Hamsters verticaal',
    locationId: HAARLEM,
    locationName: 'Haarlem',
    productName: 'Incidentele ochtend',
    date: '2026-09-15',
    startTime: '07:30',
    endTime: '13:00',
    priceCents: 5786,
    payment: { method: 'invoice' },
    status: 'pending',
    submittedAt: '2026-09-07T07:05:00Z',
    submittedBy: 'Sanne de Vries',
    expiresAt: '2026-09-14T05:30:00Z',
    decidedAt: null,
    reason: null,
    assessAsWhole: false,
    comment: '',
    periodLines: 1,
    cancel: { allowed: true, refusal: null, deadline: '2026-09-14T05:30:00Z' },
    occupancy: { capacity: 14, confirmed: 12, pending: 1 },
    requestLineCount: 1,
    ...overrides,
  };
}
