import type { ContentItem, ContentSummary } from '@nestje/contract';
import { documentView, mediaView } from '../../../components/media/test-support.ts';

export const NEWS_ID = '5d1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01';

let sequence = 0;

/** A published news item in a list, as the server answers it. */
export function newsSummary(overrides: Partial<ContentSummary> = {}): ContentSummary {
  sequence += 1;
  return {
    id: `5d1e2d3c-4b5a-4978-8a6b-${String(sequence).padStart(12, '0')}`,
    kind: 'news',
    title: `Nieuws ${sequence}`,
    summary: 'Volgende week gaan we naar de kinderboerderij.',
    publishedAt: '2026-03-12T13:05:00Z',
    attachmentCount: 0,
    image: null,
    ...overrides,
  };
}

/** A news item in full, with a PDF attached. */
export function newsItem(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    ...newsSummary({ id: NEWS_ID, title: 'Uitje naar de kinderboerderij', attachmentCount: 1 }),
    bodyHtml: '<h2>Programma</h2><p>We vertrekken om <strong>10 uur</strong>.</p><ul><li>Laarzen</li></ul>',
    images: [mediaView()],
    attachments: [documentView('Toestemmingsformulier.pdf', 245_000)],
    audienceName: 'Floris',
    updatedAt: '2026-03-12T13:05:00Z',
    ...overrides,
  };
}
