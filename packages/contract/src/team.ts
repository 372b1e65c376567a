import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';
import { mediaViewSchema } from './media.ts';

// Mijn locatie (P16): the contact details of the family's location(s) and Ons team, the staff of the groups the
// children are placed in; and the staff profiles behind it (S6), which staff edit themselves (Beheer → Mijn
// profiel) and organisation admins for anyone. A parent never sees a staff member's e-mail address or phone.

/** Longest "about me" text of a staff profile. */
export const STAFF_ABOUT_MAX = 1000;

/** A group as the parent sees it on Mijn locatie. */
export const locationGroupSchema = z.object({ id: idSchema, name: z.string() });
export type LocationGroup = z.infer<typeof locationGroupSchema>;

/** A location where one of the family's children is placed today, with its contact details. */
export const myLocationSchema = z.object({
  id: idSchema,
  name: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  /** Empty when the organisation entered none. */
  phone: z.string(),
  email: z.string(),
  /** The groups at this location where the family's children are placed today, by name. */
  groups: z.array(locationGroupSchema),
});
export type MyLocation = z.infer<typeof myLocationSchema>;

/** GET /my-locations (guardians): the locations of the children's current placements, by name. */
export const myLocationsSchema = z.object({ locations: z.array(myLocationSchema) });
export type MyLocations = z.infer<typeof myLocationsSchema>;

/** One person of Ons team, as the list shows them (photo: the `small` variant is signed). */
export const teamMemberSummarySchema = z.object({
  staffMemberId: idSchema,
  displayName: z.string(),
  photo: mediaViewSchema.nullable(),
  /** The family's groups (placed today) in which this person works. */
  groups: z.array(locationGroupSchema),
});
export type TeamMemberSummary = z.infer<typeof teamMemberSummarySchema>;

/**
 * GET /team (guardians): the staff with a group role in the groups the family's children are placed in today,
 * whose profile is visible to parents, by name.
 */
export const teamSchema = z.object({ members: z.array(teamMemberSummarySchema) });
export type Team = z.infer<typeof teamSchema>;

/** GET /team/:staffMemberId: the page about one person; 404 for anyone outside the family's team. */
export const teamMemberSchema = teamMemberSummarySchema.extend({ about: z.string() });
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamMemberParamsSchema = z.object({ staffMemberId: idSchema });

/** A staff profile as its editor sees it (GET /staff-profile for one's own, GET /staff-members/:id/profile). */
export const staffProfileSchema = z.object({
  staffMemberId: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  /** The name parents see: `customDisplayName`, or first and last name when that is null. */
  displayName: z.string(),
  customDisplayName: z.string().nullable(),
  about: z.string(),
  photo: mediaViewSchema.nullable(),
  visibleToParents: z.boolean(),
  /** When the profile was last saved; null for a profile never saved (the defaults above). */
  updatedAt: instantSchema.nullable(),
});
export type StaffProfile = z.infer<typeof staffProfileSchema>;

/**
 * PUT /staff-members/:staffMemberId/profile: one's own profile, or anyone's for organisation admins (403
 * otherwise). `displayName` empty or null shows first and last name. `photoId`: the current photo, an unused
 * image the editor uploaded (`photoId` `not_found` otherwise, `invalid_value` for a video or PDF), or null for
 * none. `about` is plain text.
 */
export const updateStaffProfileBodySchema = z.object({
  displayName: z.string().trim().max(100).nullable(),
  about: z.string().trim().max(STAFF_ABOUT_MAX),
  photoId: idSchema.nullable(),
  visibleToParents: z.boolean(),
});
export type UpdateStaffProfileBody = z.input<typeof updateStaffProfileBodySchema>;
