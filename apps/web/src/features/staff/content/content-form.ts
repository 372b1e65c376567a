import {
  CONTENT_MAX_ATTACHMENTS,
  CONTENT_MAX_IMAGES,
  type ContentAudience,
  type ContentAudienceOptions,
  type ContentBody,
  type ContentKind,
  type Instant,
  type MediaView,
  type StaffContentItem,
} from '@nestje/contract';

/** The kinds as they appear in the address (`?soort=`), in the order of the tabs. */
export const KIND_SLUGS = { news: 'nieuws', newsletter: 'nieuwsbrieven', info_page: 'informatie' } as const;
export const KINDS = Object.keys(KIND_SLUGS) as ContentKind[];

export function kindOfSlug(slug: string | null): ContentKind {
  return KINDS.find((kind) => KIND_SLUGS[kind] === slug) ?? 'news';
}

/** How an item is published: now (or, for a published one, it stays so), at a later moment, or not yet. */
export type PublishChoice = 'now' | 'later' | 'draft';

export interface ContentFormValues {
  title: string;
  bodyHtml: string;
  /** `organisation`, `location:<id>` or `group:<id>`; '' before one is chosen. */
  audience: string;
  publish: PublishChoice;
  /** Europe/Amsterdam date and time of a later publish moment. */
  date: string;
  time: string;
  /** Information pages: their place in the list. */
  position: number;
}

const AMSTERDAM = 'Europe/Amsterdam';

function wallClockOf(instantMs: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: AMSTERDAM,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instantMs));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** The date and time on the clocks in Amsterdam at a moment. */
export function amsterdamWallClock(instant: Instant): { date: string; time: string } {
  return wallClockOf(Date.parse(instant));
}

/**
 * The moment a date and time on the clocks in Amsterdam stand for (summer and winter time included); null when
 * they are not a real date and time. A time skipped when the clocks go forward lands an hour later.
 */
export function amsterdamMoment(date: string, time: string): Instant | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [, y, m, d] = dateMatch.map(Number);
  const [, h, min] = timeMatch.map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0);
  const check = new Date(wall);
  if (check.getUTCDate() !== d || (h ?? 0) > 23 || (min ?? 0) > 59) return null;
  const offsetAt = (ms: number) => {
    const shown = wallClockOf(ms);
    return Date.parse(`${shown.date}T${shown.time}:00Z`) - Math.floor(ms / 60_000) * 60_000;
  };
  let moment = wall - offsetAt(wall);
  moment = wall - offsetAt(moment);
  return new Date(moment).toISOString();
}

/**
 * "Nu publiceren" sends a moment a little in the past: the server takes any past moment as now, and a device
 * clock that runs a few minutes ahead must not turn "now" into a later moment.
 */
const NOW_MARGIN_MS = 10 * 60_000;

export function audienceValue(audience: ContentAudience | StaffContentItem['audience']): string {
  if (audience.scope === 'organisation') return 'organisation';
  return audience.scope === 'location' ? `location:${audience.locationId}` : `group:${audience.groupId}`;
}

export function audienceOf(value: string): ContentAudience | null {
  if (value === 'organisation') return { scope: 'organisation' };
  const [scope, id] = value.split(':');
  if (scope === 'location' && id) return { scope: 'location', locationId: id };
  if (scope === 'group' && id) return { scope: 'group', groupId: id };
  return null;
}

/** The one audience to start with when the account may address only one; else none chosen. */
function onlyAudience(options: ContentAudienceOptions | undefined): string {
  if (!options) return '';
  const all = [
    ...(options.organisation ? ['organisation'] : []),
    ...options.locations.map((location) => `location:${location.id}`),
    ...options.groups.map((group) => `group:${group.id}`),
  ];
  return all.length === 1 ? (all[0] ?? '') : '';
}

export function initialValues(
  item: StaffContentItem | undefined,
  options: ContentAudienceOptions | undefined,
): ContentFormValues {
  if (!item)
    return {
      title: '',
      bodyHtml: '',
      audience: onlyAudience(options),
      publish: 'now',
      date: '',
      time: '',
      position: 0,
    };
  const later = item.status === 'scheduled' && item.publishedAt ? amsterdamWallClock(item.publishedAt) : null;
  return {
    title: item.title,
    bodyHtml: item.bodyHtml,
    audience: audienceValue(item.audience),
    publish: item.status === 'draft' ? 'draft' : later ? 'later' : 'now',
    date: later?.date ?? '',
    time: later?.time ?? '',
    position: item.position,
  };
}

/** Whether the body holds any text (an empty editor still holds `<p></p>`). */
export function hasText(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() !== ''
  );
}

/** The fields the form checks itself before sending, as codes by field (the server checks again). */
export function validateContent(
  values: ContentFormValues,
  media: { images: number; attachments: number },
  now = Date.now(),
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.title.trim() === '') errors.title = 'required';
  if (!hasText(values.bodyHtml)) errors.bodyHtml = 'required';
  if (!audienceOf(values.audience)) errors.audience = 'required';
  if (values.publish === 'later') {
    const moment = amsterdamMoment(values.date, values.time);
    if (!moment) errors.publishAt = 'required';
    else if (Date.parse(moment) <= now) errors.publishAt = 'in_past';
  }
  if (media.images > CONTENT_MAX_IMAGES) errors.media = 'too_many_images';
  else if (media.attachments > CONTENT_MAX_ATTACHMENTS) errors.media = 'too_many_attachments';
  return errors;
}

/** Where a field of the request body shows on the form. */
export function formField(path: string): string {
  const top = path.split('.')[0] ?? path;
  if (top === 'imageIds' || top === 'attachmentIds') return 'media';
  return top;
}

/** The request body for the form's values (checked first with `validateContent`). */
export function contentBody(
  kind: ContentKind,
  values: ContentFormValues,
  media: { images: readonly MediaView[]; attachments: readonly MediaView[] },
  item?: StaffContentItem,
  now = Date.now(),
): ContentBody {
  const audience = audienceOf(values.audience) ?? { scope: 'organisation' };
  let publishAt: Instant | null = null;
  if (values.publish === 'later') publishAt = amsterdamMoment(values.date, values.time);
  else if (values.publish === 'now')
    // A published item keeps its moment; anything else is published now.
    publishAt =
      item?.status === 'published' && item.publishedAt
        ? item.publishedAt
        : new Date(now - NOW_MARGIN_MS).toISOString();
  return {
    kind,
    title: values.title.trim(),
    bodyHtml: values.bodyHtml,
    audience,
    publishAt,
    position: kind === 'info_page' ? values.position : 0,
    imageIds: media.images.map((image) => image.id),
    attachmentIds: media.attachments.map((document) => document.id),
  };
}
