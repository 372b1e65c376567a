import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';

// Media (photos and videos) of the timeline and the diary, and documents (PDF) attached to messages. An upload is
// the raw file (POST /media); the server decides its type by its first bytes, re-encodes every image without
// metadata (EXIF, GPS) into a `small`, a `screen` and a `full` variant, keeps a PDF as uploaded in one `file`
// variant, and serves them only through short-lived signed URLs after an authorization check. docs/timeline.md
// has the rules.

/** Largest image upload accepted. */
export const IMAGE_MAX_BYTES = 30 * 1024 * 1024;
/** Most pixels (width × height) of an image; a 48-megapixel phone photo passes, a decompression bomb does not. */
export const IMAGE_MAX_PIXELS = 64_000_000;
/** Largest video upload accepted (only where the organisation has the video feature). */
export const VIDEO_MAX_BYTES = 200 * 1024 * 1024;
/** Largest document (PDF) upload accepted. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Longest file name kept for a document (its `.pdf` ending included). */
export const DOCUMENT_NAME_MAX = 200;
/** Longest side of each image variant; the `full` variant keeps the image's own size up to this. */
export const MEDIA_VARIANT_SIDES = { small: 480, screen: 1600, full: 8192 } as const;
/** How long a signed media URL is valid. */
export const MEDIA_URL_TTL_SECONDS = 300;

export const mediaKinds = ['image', 'video', 'document'] as const;
export const mediaKindSchema = z.enum(mediaKinds);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/** `file` is a document as uploaded, always served as a download. */
export const mediaVariants = ['small', 'screen', 'full', 'video', 'file'] as const;
export const mediaVariantSchema = z.enum(mediaVariants);
export type MediaVariant = z.infer<typeof mediaVariantSchema>;

/**
 * A photo, video or document as the viewer may see it now, with signed URLs valid until `urlsExpireAt`.
 * `downloadUrl` is the full-size image without metadata (served as an attachment), null where the photo is not
 * downloadable; for a document it is the PDF itself (always an attachment), and a document has no thumbnails.
 */
export const mediaViewSchema = z.object({
  id: idSchema,
  kind: mediaKindSchema,
  /** Of the image as shown (after its orientation); null for a video. */
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  smallUrl: z.string().nullable(),
  screenUrl: z.string().nullable(),
  downloadUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  /** A document's file name as uploaded (sanitised, ending in `.pdf`); null for photos and videos. */
  fileName: z.string().nullable(),
  /** A document's size in bytes; null for photos and videos. */
  byteSize: z.number().int().nullable(),
  urlsExpireAt: instantSchema,
});
export type MediaView = z.infer<typeof mediaViewSchema>;

/**
 * POST /media: the raw image (JPEG, PNG, WebP, HEIC where readable), video (MP4, WebM) or PDF document. Refusals
 * are field errors on `file`: `required`, `file_too_large`, `unsupported_file_type`, `document_not_pdf` (a Word,
 * OpenDocument or RTF file), `heic_unsupported`, `image_too_large` (too many pixels), `video_not_enabled`. The
 * same bytes uploaded again by the same account before they are used return the first result (200 instead of
 * 201). Where a document may be used is decided when it is used: messages take them, posts and diaries do not.
 */
export const uploadedMediaSchema = mediaViewSchema;
export type UploadedMedia = MediaView;

/** POST /media?name=…: the file's name on the device, kept (sanitised) for a document's download only. */
export const uploadMediaQuerySchema = z.object({ name: z.string().max(1000).optional() });

/** GET /media/:mediaId/:variant?exp=…&sig=…: the signed URL's parameters. */
export const mediaFileParamsSchema = z.object({ mediaId: idSchema, variant: mediaVariantSchema });
export const mediaFileQuerySchema = z.object({
  exp: z.coerce.number().int(),
  sig: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
  /** `1` to receive the file as a download (Content-Disposition: attachment). */
  download: z.enum(['1']).optional(),
});
