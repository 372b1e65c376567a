import { describe, expect, it } from 'vitest';
import {
  amsterdamMoment,
  amsterdamWallClock,
  type ContentFormValues,
  contentBody,
  formField,
  validateContent,
} from './content-form.ts';
import { FLORIS_ID, staffItem } from './content-test-data.ts';

const values = (overrides: Partial<ContentFormValues> = {}): ContentFormValues => ({
  title: ' Uitje ',
  bodyHtml: '<p>Tekst</p>',
  audience: `group:${FLORIS_ID}`,
  publish: 'now',
  date: '',
  time: '',
  position: 0,
  ...overrides,
});
const none = { images: [], attachments: [] };
const NOW = Date.parse('2026-03-12T12:00:00Z');

describe('content form', () => {
  it('reads a date and time as Amsterdam time, in winter and in summer', () => {
    expect(amsterdamMoment('2026-01-15', '09:30')).toBe('2026-01-15T08:30:00.000Z');
    expect(amsterdamMoment('2026-07-01', '09:30')).toBe('2026-07-01T07:30:00.000Z');
    // The night the clocks go back: 02:30 happens twice; either is a real moment at that wall-clock time.
    const autumn = amsterdamMoment('2026-10-25', '02:30');
    expect(autumn && amsterdamWallClock(autumn)).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(amsterdamMoment('2026-02-30', '09:30')).toBeNull();
    expect(amsterdamMoment('', '09:30')).toBeNull();
    expect(amsterdamWallClock('2026-07-01T07:30:00Z')).toEqual({ date: '2026-07-01', time: '09:30' });
  });

  it('sends now as a moment just past, a later moment as chosen, and null for a draft', () => {
    const now = contentBody('news', values(), none, undefined, NOW);
    expect(now).toMatchObject({
      kind: 'news',
      title: 'Uitje',
      audience: { scope: 'group', groupId: FLORIS_ID },
    });
    expect(Date.parse(now.publishAt ?? '')).toBeLessThan(NOW);
    expect(
      contentBody('news', values({ publish: 'later', date: '2026-04-01', time: '08:00' }), none).publishAt,
    ).toBe('2026-04-01T06:00:00.000Z');
    expect(contentBody('news', values({ publish: 'draft' }), none).publishAt).toBeNull();
  });

  it('keeps the moment of an item that is already published', () => {
    const item = staffItem();
    expect(contentBody('news', values(), none, item, NOW).publishAt).toBe(item.publishedAt);
  });

  it('sends the position for information pages only', () => {
    expect(contentBody('info_page', values({ position: 4 }), none).position).toBe(4);
    expect(contentBody('news', values({ position: 4 }), none).position).toBe(0);
  });

  it('checks title, text, audience and a later moment in the future before sending', () => {
    expect(validateContent(values(), { images: 0, attachments: 0 }, NOW)).toEqual({});
    expect(
      validateContent(
        values({
          title: ' ',
          bodyHtml: '<p></p>',
          audience: '',
          publish: 'later',
          date: '2026-03-12',
          time: '12:00',
        }),
        { images: 0, attachments: 11 },
        NOW,
      ),
    ).toEqual({
      title: 'required',
      bodyHtml: 'required',
      audience: 'required',
      publishAt: 'in_past',
      media: 'too_many_attachments',
    });
    expect(validateContent(values({ publish: 'later' }), { images: 0, attachments: 0 }, NOW)).toEqual({
      publishAt: 'required',
    });
  });

  it('shows the server’s field errors at their fields', () => {
    expect(formField('audience.groupId')).toBe('audience');
    expect(formField('attachmentIds.2')).toBe('media');
    expect(formField('imageIds.0')).toBe('media');
    expect(formField('bodyHtml')).toBe('bodyHtml');
  });
});
