import type { GroupDay } from '@nestje/contract';

export const WHOLE_DAY = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8d01';
export const AFTERNOON = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8d02';

/** A Monday of Hamsters: Noortje planned in the afternoon, Ties absent, Daan on an extra day, Fenna an option. */
export function testDay(overrides: Partial<GroupDay> = {}): GroupDay {
  const part = (kind: 'contract' | 'extra' | 'pending', start: string, end: string, product = AFTERNOON) => ({
    careProductId: product,
    startTime: start,
    endTime: end,
    productName: product === AFTERNOON ? 'Middag' : 'Hele dag',
    kind,
    absence: null,
  });
  return {
    group: {
      id: '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c02',
      name: 'Hamsters',
      locationName: 'Haarlem',
      capacity: 12,
    },
    date: '2027-03-08',
    closed: null,
    children: [
      {
        childId: '00000000-0000-4000-8000-000000000001',
        name: 'Daan Jansen',
        parts: [part('extra', '12:30', '18:30')],
      },
      {
        childId: '00000000-0000-4000-8000-000000000002',
        name: 'Fenna Bos',
        parts: [part('pending', '12:30', '18:30')],
      },
      {
        childId: '00000000-0000-4000-8000-000000000003',
        name: 'Noortje de Vries',
        parts: [part('contract', '12:30', '18:30')],
      },
      {
        childId: '00000000-0000-4000-8000-000000000004',
        name: 'Ties de Vries',
        parts: [{ ...part('contract', '07:30', '18:30', WHOLE_DAY), absence: { reason: 'sick' } }],
      },
    ],
    occupancy: [
      {
        careProductId: WHOLE_DAY,
        name: 'Hele dag',
        startTime: '07:30',
        endTime: '18:30',
        confirmed: 2,
        pending: 1,
        capacity: 12,
      },
      {
        careProductId: AFTERNOON,
        name: 'Middag',
        startTime: '12:30',
        endTime: '18:30',
        confirmed: 2,
        pending: 1,
        capacity: 12,
      },
    ],
    ...overrides,
  };
}
