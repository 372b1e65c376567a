import type { TaggableChild, TagRefusal, TagRefusalReason } from '@nestje/contract';
import { ApiError } from '../../../lib/api.ts';

/** The tags of one photo of a post being written. */
export interface PhotoTags {
  childIds: string[];
  downloadable: boolean;
  /** The refusals the server gave for these tags (tag-check, or the post itself). */
  refusals: TagRefusal[];
  /** True while the server checks the latest tags. */
  checking: boolean;
  /** A refusal of the photo as a whole by the server (`photos.<i>.*`), as its field code. */
  photoError: string | null;
}

export const NO_TAGS: PhotoTags = {
  childIds: [],
  downloadable: true,
  refusals: [],
  checking: false,
  photoError: null,
};

/**
 * The refusals known without asking: a child without consent to be photographed at all. Shown at once when it
 * is tagged; the server's answer (which also knows the families) replaces them.
 */
export function knownRefusals(childIds: readonly string[], children: readonly TaggableChild[]): TagRefusal[] {
  const refusals: TagRefusal[] = [];
  for (const id of childIds) {
    const child = children.find((candidate) => candidate.id === id);
    if (child && !child.photoConsent)
      refusals.push({
        childId: id,
        firstName: child.firstName,
        lastName: child.lastName,
        reason: 'no_photo_consent',
      });
  }
  return refusals;
}

/** Adds or removes a child from a photo's tags, keeping the children's order. */
export function toggleTag(childIds: readonly string[], childId: string, on: boolean): string[] {
  const without = childIds.filter((id) => id !== childId);
  return on ? [...without, childId] : without;
}

/** Whether the post may be sent: every photo uploaded and checked, no refusal standing. */
export function blockedReason(
  tags: readonly PhotoTags[],
  uploads: { busy: boolean; failed: boolean },
): 'uploading' | 'failed' | 'checking' | 'refused' | null {
  if (uploads.busy) return 'uploading';
  if (uploads.failed) return 'failed';
  if (tags.some((photo) => photo.checking)) return 'checking';
  if (tags.some((photo) => photo.refusals.length > 0 || photo.photoError !== null)) return 'refused';
  return null;
}

const REASONS: readonly string[] = ['not_in_group', 'no_photo_consent', 'no_consent_other_families'];

/**
 * The photos a refused post names, by their index in the post: `photos.2.childIds` → 2 with its code (a tag
 * refusal reason, or `not_found` for a media that cannot be used).
 */
export function photoErrorsOf(error: unknown): Map<number, { field: string; code: string }> {
  const result = new Map<number, { field: string; code: string }>();
  if (!(error instanceof ApiError)) return result;
  for (const field of error.fields) {
    const match = /^photos\.(\d+)\.(\w+)/.exec(field.path);
    if (match && !result.has(Number(match[1])))
      result.set(Number(match[1]), { field: match[2] ?? '', code: field.code });
  }
  return result;
}

export function isRefusalReason(code: string): code is TagRefusalReason {
  return REASONS.includes(code);
}
