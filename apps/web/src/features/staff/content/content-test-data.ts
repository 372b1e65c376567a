import type { ContentAudienceOptions, StaffContentItem, StaffContentSummary } from '@nestje/contract';
import { documentView } from '../../../components/media/test-support.ts';

export const ORG_NAME = 'Kinderopvang De Zonnebloem';
export const LOCATION_ID = '3a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c01';
export const FLORIS_ID = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c04';
export const HAMSTERS_ID = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c02';
export const ITEM_ID = '5e1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01';

/** A group staff member's choices: two groups of one location. */
export const groupOptions: ContentAudienceOptions = {
  organisation: false,
  organisationName: ORG_NAME,
  locations: [],
  groups: [
    { id: HAMSTERS_ID, name: 'Hamsters', locationId: LOCATION_ID, locationName: 'Haarlem' },
    { id: FLORIS_ID, name: 'Floris', locationId: LOCATION_ID, locationName: 'Haarlem' },
  ],
};

export function staffSummary(overrides: Partial<StaffContentSummary> = {}): StaffContentSummary {
  return {
    id: ITEM_ID,
    kind: 'news',
    title: 'Uitje naar de kinderboerderij',
    summary: 'We gaan naar de kinderboerderij.',
    publishedAt: '2026-03-12T13:05:00Z',
    attachmentCount: 1,
    image: null,
    status: 'published',
    audience: { scope: 'group', groupId: FLORIS_ID, name: 'Floris' },
    position: 0,
    authorName: 'Mila Jansen',
    updatedAt: '2026-03-12T13:05:00Z',
    editable: true,
    ...overrides,
  };
}

export function staffItem(overrides: Partial<StaffContentItem> = {}): StaffContentItem {
  return {
    ...staffSummary(),
    bodyHtml: '<p>We gaan naar de kinderboerderij.</p>',
    images: [],
    attachments: [documentView('Programma.pdf', 12_000)],
    notifiedAt: '2026-03-12T13:05:01Z',
    ...overrides,
  };
}
