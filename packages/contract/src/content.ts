import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';
import { mediaViewSchema } from './media.ts';

// Content (S6, P16): news items (Nieuws), newsletters (Nieuwsbrief) and information pages (Informatiepagina's)
// written by staff, each addressed to an audience — the whole organisation, one location or one group — and
// published at a moment (now, later, or not yet: a draft). A guardian sees an item once it is published and its
// audience is the organisation, or a location or group where one of their children has a placement today. The body
// is rich text stored as sanitised HTML: the server keeps only a strict allow-list of tags (p, br, strong, em, u,
// s, h2, h3, ul, ol, li, blockquote, a with an http(s) or mailto link), so no script reaches a parent.
// Publishing a news item or newsletter notifies the guardians who can see it (categories `news`, `newsletter`);
// information pages notify no one. docs/content.md has the rules.

export const contentKinds = ['news', 'newsletter', 'info_page'] as const;
export const contentKindSchema = z.enum(contentKinds);
export type ContentKind = z.infer<typeof contentKindSchema>;

/** At most this many images shown with one item, and this many attachments (PDF) to it. */
export const CONTENT_MAX_IMAGES = 10;
export const CONTENT_MAX_ATTACHMENTS = 10;
/** Longest body, in characters of HTML as sent. */
export const CONTENT_BODY_MAX = 100_000;
/** Longest title. */
export const CONTENT_TITLE_MAX = 200;

/**
 * Where the web app shows an item to a guardian; the links of the notifications point here.
 * News: `/mijn-locatie/nieuws/<id>`; newsletters: `/mijn-locatie/nieuwsbrieven/<id>`; information pages:
 * `/mijn-locatie/informatie/<id>` (no notification links to these). Lists ("Alle bekijken"): the same without id.
 */
export const contentPaths: Record<ContentKind, string> = {
  news: '/mijn-locatie/nieuws',
  newsletter: '/mijn-locatie/nieuwsbrieven',
  info_page: '/mijn-locatie/informatie',
};

/** The path of one item in the parent portal, e.g. `/mijn-locatie/nieuws/<id>`. */
export const contentItemPath = (kind: ContentKind, id: string): string => `${contentPaths[kind]}/${id}`;

/**
 * Whom an item is addressed to. `organisation`: every guardian of the organisation (only organisation admins
 * write these); `location`: guardians with a child placed today in a group of that location (admins, and
 * managers of that location); `group`: guardians with a child placed today in that group (admins, the location's
 * managers, and the group's own staff). Planners write no content.
 */
export const contentAudienceSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('organisation') }),
  z.object({ scope: z.literal('location'), locationId: idSchema }),
  z.object({ scope: z.literal('group'), groupId: idSchema }),
]);
export type ContentAudience = z.infer<typeof contentAudienceSchema>;

/** The audience as shown to staff: with the name of the location or group. */
export const contentAudienceViewSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('organisation'), name: z.string() }),
  z.object({ scope: z.literal('location'), locationId: idSchema, name: z.string() }),
  z.object({ scope: z.literal('group'), groupId: idSchema, name: z.string() }),
]);
export type ContentAudienceView = z.infer<typeof contentAudienceViewSchema>;

/**
 * An item in a list (Nieuws, Nieuwsbrief, Informatiepagina's). `summary` is the start of the body's text (no
 * HTML). `attachmentCount` > 0 shows the paperclip. `image` is the first image, for a thumbnail.
 */
export const contentSummarySchema = z.object({
  id: idSchema,
  kind: contentKindSchema,
  title: z.string(),
  summary: z.string(),
  /** When the item was (or, for staff, will be) published; null for a draft (staff only). */
  publishedAt: instantSchema.nullable(),
  attachmentCount: z.number().int(),
  image: mediaViewSchema.nullable(),
});
export type ContentSummary = z.infer<typeof contentSummarySchema>;

/**
 * One item in full (GET /content/:contentId). `bodyHtml` is sanitised on the server and may be rendered as
 * HTML. `images` are shown with the item; `attachments` are documents (PDF, `fileName`, `byteSize`,
 * `downloadUrl`), marked with a paperclip. Signed URLs expire (`urlsExpireAt`): fetch the item again for new ones.
 */
export const contentItemSchema = contentSummarySchema.extend({
  bodyHtml: z.string(),
  images: z.array(mediaViewSchema),
  attachments: z.array(mediaViewSchema),
  /** Name of the location or group it is addressed to, or of the organisation. */
  audienceName: z.string(),
  updatedAt: instantSchema,
});
export type ContentItem = z.infer<typeof contentItemSchema>;

/**
 * GET /content?kind=news&limit=3 (guardians; staff use GET /staff/content): the most recent published items
 * addressed to the guardian, newest first; `before` is the `nextBefore` of the previous
 * page ("Alle bekijken" pages through all). Information pages come in their set order, all at once
 * (`nextBefore` null).
 */
export const contentListQuerySchema = z.object({
  kind: contentKindSchema,
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ContentListQuery = z.input<typeof contentListQuerySchema>;

export const contentListSchema = z.object({
  items: z.array(contentSummarySchema),
  nextBefore: z.string().nullable(),
});
export type ContentList = z.infer<typeof contentListSchema>;

export const contentParamsSchema = z.object({ contentId: idSchema });

// ---- staff (S6) ----

/** An item's state for staff: a draft (no publish moment), scheduled (publish moment ahead) or published. */
export const contentStatuses = ['draft', 'scheduled', 'published'] as const;
export const contentStatusSchema = z.enum(contentStatuses);
export type ContentStatus = z.infer<typeof contentStatusSchema>;

export const staffContentSummarySchema = contentSummarySchema.extend({
  status: contentStatusSchema,
  audience: contentAudienceViewSchema,
  /** Info pages only: their place in the list (lowest first); 0 for news and newsletters. */
  position: z.number().int(),
  authorName: z.string(),
  updatedAt: instantSchema,
  /** Whether the account may change and remove it (its audience is within the account's scope to write). */
  editable: z.boolean(),
});
export type StaffContentSummary = z.infer<typeof staffContentSummarySchema>;

/** GET /staff/content/:contentId: one item with everything needed to edit it. */
export const staffContentItemSchema = staffContentSummarySchema.extend({
  bodyHtml: z.string(),
  images: z.array(mediaViewSchema),
  attachments: z.array(mediaViewSchema),
  /** When the guardians were notified of it; null when not (yet), and always for information pages. */
  notifiedAt: instantSchema.nullable(),
});
export type StaffContentItem = z.infer<typeof staffContentItemSchema>;

/**
 * GET /staff/content?kind=news: every item of the kind the staff member may read (their scope: organisation-wide
 * items, and those of their locations and groups) — drafts and scheduled ones included — newest created first,
 * paged with `before` like the parent list. Information pages come in their set order, all at once.
 */
export const staffContentListSchema = z.object({
  items: z.array(staffContentSummarySchema),
  nextBefore: z.string().nullable(),
});
export type StaffContentList = z.infer<typeof staffContentListSchema>;

/**
 * GET /staff/content/audiences: the audiences the account may write to (the choices of the audience field).
 * `organisation` is true for organisation admins only.
 */
export const contentAudienceOptionsSchema = z.object({
  organisation: z.boolean(),
  organisationName: z.string(),
  locations: z.array(z.object({ id: idSchema, name: z.string() })),
  groups: z.array(
    z.object({ id: idSchema, name: z.string(), locationId: idSchema, locationName: z.string() }),
  ),
});
export type ContentAudienceOptions = z.infer<typeof contentAudienceOptionsSchema>;

/**
 * POST /staff/content (with an Idempotency-Key) and PUT /staff/content/:contentId (the whole item again).
 * `bodyHtml` is sanitised (what is not allowed is dropped, not refused); a body with no text left is
 * `bodyHtml` `required`. `publishAt`: null keeps it a draft; a moment in the past means now (on an update, the
 * unchanged moment of a published item stays). Refusals are 400 field errors: `audience.locationId` /
 * `audience.groupId` `not_found` (unknown or outside the account's scope to write: 403 `forbidden` on the
 * whole request when it exists but may not be written to), `imageIds.<i>` / `attachmentIds.<i>` `not_found` (not
 * the account's unused upload, nor already of this item), `imageIds.<i>` `document_not_allowed` (a PDF) or
 * `not_image` (a video), `attachmentIds.<i>` `not_document` (a photo or video: attachments are PDFs). `position` orders information pages (lowest first) and is ignored for other kinds.
 * An item's kind never changes (it is ignored on PUT).
 */
export const contentBodySchema = z.object({
  kind: contentKindSchema,
  title: z.string().trim().min(1).max(CONTENT_TITLE_MAX),
  bodyHtml: z.string().max(CONTENT_BODY_MAX),
  audience: contentAudienceSchema,
  publishAt: instantSchema.nullable(),
  position: z.number().int().min(0).max(10_000).default(0),
  imageIds: z.array(idSchema).max(CONTENT_MAX_IMAGES).default([]),
  attachmentIds: z.array(idSchema).max(CONTENT_MAX_ATTACHMENTS).default([]),
});
export type ContentBody = z.input<typeof contentBodySchema>;

/**
 * DELETE /staff/content/:contentId: removes the item for everyone (204); its images and attachments are no
 * longer served. A notification already sent stays in the history but its link finds nothing (404).
 */
export const contentRemovedSchema = z.null();
