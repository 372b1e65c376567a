import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';
import { mediaViewSchema } from './media.ts';

// The timeline (Mijn kind, P3–P5, S4, B1): posts of group staff with a series of photos, each photo tagged with
// the children in it, and the diary (dagboek) per child written by staff and guardians. Who sees a photo is decided
// when it is viewed: a guardian sees it only if every tagged child is their own or has consent to be seen by
// other families (and consent to be photographed at all). docs/timeline.md has the rules.

/** At most this many photos in one post, and in one diary entry. */
export const POST_MAX_PHOTOS = 30;
export const DIARY_MAX_MEDIA = 20;

/** A tagged child as the viewer may see it: guardians see the names of their own children only. */
export const taggedChildSchema = z.object({ id: idSchema, firstName: z.string() });

export const postPhotoSchema = z.object({
  id: idSchema,
  media: mediaViewSchema,
  downloadable: z.boolean(),
  children: z.array(taggedChildSchema),
});
export type PostPhoto = z.infer<typeof postPhotoSchema>;

export const postSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  authorName: z.string(),
  body: z.string(),
  postedAt: instantSchema,
  /** The photos the viewer may see, in the order of the series. */
  photos: z.array(postPhotoSchema),
  /** Photos of the series the viewer may not see (staff always see all; guardians get the count only). */
  hiddenPhotos: z.number().int(),
});
export type Post = z.infer<typeof postSchema>;

/** Why a child cannot be tagged in a photo of a post to a group. */
export const tagRefusalReasons = [
  /** The child has no placement in the group on the post's date. */
  'not_in_group',
  /** Not every guardian with parental authority consented to photos of the child at all. */
  'no_photo_consent',
  /** The photo would be seen by the family of another tagged child, and the child lacks that consent. */
  'no_consent_other_families',
] as const;
export const tagRefusalReasonSchema = z.enum(tagRefusalReasons);
export type TagRefusalReason = z.infer<typeof tagRefusalReasonSchema>;

export const tagRefusalSchema = z.object({
  childId: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  reason: tagRefusalReasonSchema,
});
export type TagRefusal = z.infer<typeof tagRefusalSchema>;

/** POST /groups/:groupId/tag-check: the refusals for tagging `childIds` together in one photo, at tagging time. */
export const tagCheckBodySchema = z.object({ childIds: z.array(idSchema).max(50) });
export const tagCheckSchema = z.object({ refusals: z.array(tagRefusalSchema) });
export type TagCheck = z.infer<typeof tagCheckSchema>;

/** A child of the group staff may tag, with its consents for photos (GET /groups/:groupId/taggable-children). */
export const taggableChildSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  photoConsent: z.boolean(),
  otherFamiliesConsent: z.boolean(),
});
export const taggableChildrenSchema = z.object({ children: z.array(taggableChildSchema) });
export type TaggableChild = z.infer<typeof taggableChildSchema>;

/**
 * POST /groups/:groupId/posts (group staff, with an Idempotency-Key). A tag refused by the consents is a 400
 * with a field error `photos.<i>.childIds` whose code is the refusal reason; `media` not uploaded by the author,
 * already used or unknown is `photos.<i>.mediaId` `not_found`. A post has text or at least one photo.
 */
export const createPostBodySchema = z.object({
  body: z.string().trim().max(5000).default(''),
  photos: z
    .array(
      z.object({
        mediaId: idSchema,
        childIds: z.array(idSchema).max(50).default([]),
        downloadable: z.boolean().default(true),
      }),
    )
    .max(POST_MAX_PHOTOS)
    .default([]),
});
export type CreatePostBody = z.input<typeof createPostBodySchema>;

export const postParamsSchema = z.object({ postId: idSchema });

export const diaryEntrySchema = z.object({
  id: idSchema,
  childId: idSchema,
  childName: z.string(),
  authorName: z.string(),
  authorKind: z.enum(['staff', 'guardian']),
  body: z.string(),
  writtenAt: instantSchema,
  media: z.array(mediaViewSchema),
});
export type DiaryEntry = z.infer<typeof diaryEntrySchema>;

/**
 * POST /children/:childId/diary (the child's guardians and the staff of its groups, with an Idempotency-Key):
 * text and photos (videos where the organisation has the feature); an entry has text or media. Media not
 * uploaded by the writer, already used or unknown are `mediaIds.<i>` `not_found`.
 */
export const createDiaryEntryBodySchema = z.object({
  body: z.string().trim().max(10000).default(''),
  mediaIds: z.array(idSchema).max(DIARY_MAX_MEDIA).default([]),
});
export type CreateDiaryEntryBody = z.input<typeof createDiaryEntryBodySchema>;

/** POST /diary/:entryId/media: photos or videos added to an entry (by the child's guardians or staff). */
export const addDiaryMediaBodySchema = z.object({
  mediaIds: z.array(idSchema).min(1).max(DIARY_MAX_MEDIA),
});
export type AddDiaryMediaBody = z.input<typeof addDiaryMediaBodySchema>;

export const diaryEntryParamsSchema = z.object({ entryId: idSchema });

export const timelineItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post'), at: instantSchema, post: postSchema }),
  z.object({ kind: z.literal('diary'), at: instantSchema, entry: diaryEntrySchema }),
]);
export type TimelineItem = z.infer<typeof timelineItemSchema>;

/** `before`: the `nextBefore` of the previous page. */
export const timelineQuerySchema = z.object({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/**
 * GET /timeline (guardians: Mijn kind): the posts and diary entries of the account's children, newest first.
 * GET /groups/:groupId/timeline (staff of the group): the group's posts and its children's diary entries.
 */
export const timelineSchema = z.object({
  items: z.array(timelineItemSchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.string().nullable(),
});
export type Timeline = z.infer<typeof timelineSchema>;
