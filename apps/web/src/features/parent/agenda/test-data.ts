import {
  type DayPartOption,
  DEFAULT_PLANNING_POLICY,
  type RequestLine,
  type RequestOptions,
} from '@nestje/contract';

// Options and lines as the server sends them, for the tests of this feature.

export const NOORTJE = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01';
export const TIES = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c02';
export const HAMSTERS = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c11';
export const FLORIS = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c12';
export const OCHTEND = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c21';
export const HELE_DAG = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c22';
export const KORTE_MIDDAG = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c23';
export const VAKANTIEDAG = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c24';

export const POLICY = { ...DEFAULT_PLANNING_POLICY };

export function option(
  careProductId: string,
  name: string,
  times: [string, string],
  priceCents: number,
  unavailable: DayPartOption['unavailable'] = [],
  requestDeadline = '2026-11-30T07:30:00+01:00',
): DayPartOption {
  return {
    careProductId,
    name,
    startTime: times[0],
    endTime: times[1],
    priceCents,
    unavailable,
    freePlaces: unavailable.includes('full') ? 0 : 4,
    requestDeadline,
    credits: [],
  };
}

/** One date per entry; Noortje with two day parts, Ties with one he can get and one for holiday weeks only. */
export function optionsFor(
  dates: { date: string; ochtend?: DayPartOption['unavailable']; planned?: boolean }[],
): RequestOptions {
  return {
    children: [
      { id: NOORTJE, firstName: 'Noortje', lastName: 'de Vries' },
      { id: TIES, firstName: 'Ties', lastName: 'de Vries' },
    ],
    dates: dates.map(({ date, ochtend = [], planned = false }) => ({
      date,
      weekType: 'school',
      closed: null,
      children: [
        {
          childId: NOORTJE,
          groupId: HAMSTERS,
          groupName: 'Hamsters verticaal',
          planned: planned
            ? [
                {
                  startTime: '12:30',
                  endTime: '18:30',
                  source: 'contract',
                  productName: '52 weken flexibel middag',
                },
              ]
            : [],
          options: [
            option(OCHTEND, 'Incidentele ochtend', ['07:30', '13:00'], 5786, ochtend),
            option(HELE_DAG, 'Incidentele hele dag', ['07:30', '18:30'], 11572, ['full']),
          ],
        },
        {
          childId: TIES,
          groupId: FLORIS,
          groupName: 'Floris',
          planned: [],
          options: [
            option(KORTE_MIDDAG, 'Incidentele Korte middag 40', ['15:00', '19:00'], 4640),
            option(VAKANTIEDAG, 'BSO vakantiedag', ['07:30', '18:30'], 12364, ['week_type']),
          ],
        },
      ],
    })),
    policies: [
      { groupId: HAMSTERS, ...POLICY },
      { groupId: FLORIS, ...POLICY },
    ],
  };
}

export function requestLine(overrides: Partial<RequestLine> = {}): RequestLine {
  return {
    id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d01',
    requestId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d02',
    bookingId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d03',
    kind: 'extra',
    role: 'extra',
    lapseMinutes: null,
    childId: NOORTJE,
    childName: 'Noortje de Vries',
    groupId: HAMSTERS,
    groupName: 'Hamsters verticaal',
    locationName: 'Haarlem',
    productName: 'Incidentele ochtend',
    date: '2026-12-01',
    startTime: '07:30',
    endTime: '13:00',
    priceCents: 5786,
    payment: { method: 'invoice' },
    status: 'pending',
    submittedAt: '2026-11-23T09:00:00+01:00',
    submittedBy: 'Sanne de Vries',
    expiresAt: '2026-11-30T07:30:00+01:00',
    decidedAt: null,
    reason: null,
    assessAsWhole: false,
    comment: '',
    periodLines: 1,
    cancel: { allowed: true, refusal: null, deadline: '2026-11-30T07:30:00+01:00' },
    ...overrides,
  };
}
