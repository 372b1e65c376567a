import type { ChildConsent, ChildConsents, ConsentAnswer, ConsentItem } from '@nestje/contract';

export const CHILD = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c11';
export const SANNE = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c21';
export const THOMAS = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c22';
export const OUTINGS = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c31';
export const PHOTOS = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c32';

export const children = {
  children: [
    { id: CHILD, firstName: 'Noortje', lastName: 'de Vries', birthDate: '2024-05-12', placements: [] },
  ],
};

export function item(overrides: Partial<ConsentItem> = {}): ConsentItem {
  return {
    id: OUTINGS,
    key: null,
    title: 'Uitstapjes',
    position: 3,
    active: true,
    text: {
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c41',
      version: 1,
      body: 'Mijn kind mag mee op uitstapjes.',
      createdAt: '2026-01-05T09:00:00Z',
    },
    ...overrides,
  };
}

export function answer(overrides: Partial<ConsentAnswer> = {}): ConsentAnswer {
  return {
    id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c51',
    consentItemId: OUTINGS,
    guardianId: SANNE,
    guardianName: 'Sanne de Vries',
    answeredByName: 'Sanne de Vries',
    granted: true,
    answeredAt: '2026-02-10T10:30:00Z',
    textVersion: 1,
    ...overrides,
  };
}

/** One item for the child: Sanne (the signed-in guardian unless `you` says otherwise) and Thomas. */
export function childConsent(
  options: {
    mine?: ConsentAnswer | null;
    thomas?: ConsentAnswer | null;
    you?: boolean;
    canAnswer?: boolean;
  } = {},
  it: ConsentItem = item(),
): ChildConsent {
  const mine = options.mine === undefined ? null : options.mine;
  const thomas = options.thomas ?? null;
  return {
    item: it,
    granted: mine?.granted === true && thomas?.granted === true,
    guardians: [
      {
        guardianId: SANNE,
        guardianName: 'Sanne de Vries',
        answer: mine,
        outdated: false,
        you: options.you ?? true,
      },
      { guardianId: THOMAS, guardianName: 'Thomas de Vries', answer: thomas, outdated: false, you: false },
    ],
    canAnswer: options.canAnswer ?? true,
  };
}

export function consents(items: ChildConsent[], history: ConsentAnswer[] = []): ChildConsents {
  return { childId: CHILD, items, history };
}
