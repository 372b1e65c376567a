import { z } from 'zod';
import { emailSchema } from './identity.ts';
import { idSchema, instantSchema, localDateSchema } from './ids.ts';
import { invitationSchema } from './invitations.ts';

// ---------------------------------------------------------------------------------------------------------------
// The parent portal's view of a child (GET /children and GET /children/:childId for a guardian).

/** A current or future placement of a child, as the family and the staff see it. */
export const childPlacementSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  locationName: z.string(),
  placementType: z.string(),
  startDate: localDateSchema,
  /** Last day of the placement (inclusive); null when open-ended. */
  endDate: localDateSchema.nullable(),
});

export const childSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: localDateSchema,
  placements: z.array(childPlacementSchema),
});
export type Child = z.infer<typeof childSchema>;

/** A guardian's children (GET /children as a guardian: no filters, no paging). */
export const childListSchema = z.object({ children: z.array(childSchema) });

export const childParamsSchema = z.object({ childId: idSchema });

const nameSchema = z.string().trim().min(1).max(100);
/** Free text contact fields; empty when unknown. */
const contactText = (max: number) => z.string().trim().max(max);

// ---------------------------------------------------------------------------------------------------------------
// The staff's list of children (GET /children as staff).

/** Query of the staff's child list. Guardians get their own children and these are ignored. */
export const childListQuerySchema = z.object({
  /** Words that must each occur in the child's or a guardian's name or a guardian's e-mail address. */
  search: z.string().trim().max(100).optional(),
  /** Children registered at this location or with a current or future placement in one of its groups. */
  locationId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ChildListQuery = z.infer<typeof childListQuerySchema>;

export const namedRefSchema = z.object({ id: idSchema, name: z.string() });
export type NamedRef = z.infer<typeof namedRefSchema>;

/** A guardian as a list shows them: the name and where their invitation stands. */
export const guardianBriefSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  /** Null only for a guardian without an account. */
  invitation: invitationSchema.nullable(),
});
export type GuardianBrief = z.infer<typeof guardianBriefSchema>;

export const staffChildRowSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: localDateSchema,
  /** The location the child is registered at. */
  location: namedRefSchema,
  /** Groups with a placement running today. */
  currentGroups: z.array(namedRefSchema),
  /** Groups with a placement that starts later, with its first day (care that is planned but not begun). */
  upcomingGroups: z.array(namedRefSchema.extend({ startDate: localDateSchema })),
  guardians: z.array(guardianBriefSchema),
});
export type StaffChildRow = z.infer<typeof staffChildRowSchema>;

/** One page of the staff's child list, ordered by last name, first name. */
export const staffChildListSchema = z.object({
  children: z.array(staffChildRowSchema),
  /** Number of children matching the filters, over all pages. */
  total: z.number().int(),
});
export type StaffChildList = z.infer<typeof staffChildListSchema>;

/** GET /children answers a staff member with a page, a guardian with their children. */
export const childListResponseSchema = z.union([staffChildListSchema, childListSchema]);

// ---------------------------------------------------------------------------------------------------------------
// Guardians.

/** A guardian's contact data, as staff enter it. */
export const guardianContactSchema = z.object({
  firstName: nameSchema,
  lastName: nameSchema,
  /** Also the sign-in address of the guardian's account; unique among the organisation's guardians. */
  email: emailSchema,
  phone: contactText(30).default(''),
  street: contactText(200).default(''),
  houseNumber: contactText(20).default(''),
  postcode: contactText(12).default(''),
  city: contactText(100).default(''),
});
export type GuardianContact = z.infer<typeof guardianContactSchema>;
export type GuardianContactInput = z.input<typeof guardianContactSchema>;

/** Linking a guardian to a child: an existing guardian by id, or a new one (who gets an account at once). */
export const guardianLinkBodySchema = z.union([
  z.object({
    guardianId: idSchema,
    /** Whether this guardian has parental authority (gezag) over the child. */
    parentalAuthority: z.boolean().default(true),
  }),
  z.object({
    guardian: guardianContactSchema,
    parentalAuthority: z.boolean().default(true),
  }),
]);
export type GuardianLinkBody = z.infer<typeof guardianLinkBodySchema>;
export type GuardianLinkInput = z.input<typeof guardianLinkBodySchema>;

export const guardianParamsSchema = z.object({ guardianId: idSchema });
export const childGuardianParamsSchema = z.object({ childId: idSchema, guardianId: idSchema });

export const updateChildGuardianBodySchema = z.object({ parentalAuthority: z.boolean() });
export type UpdateChildGuardianBody = z.infer<typeof updateChildGuardianBodySchema>;

/** A guardian with contact data and invitation, as the child file and the guardian file show them. */
export const guardianSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  /** Null only for a guardian without an account. */
  invitation: invitationSchema.nullable(),
});
export type Guardian = z.infer<typeof guardianSchema>;

/** Query of the guardian search (to link an existing guardian to another child). */
export const guardianSearchQuerySchema = z.object({
  /** Words that must each occur in the guardian's name or e-mail address. */
  search: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type GuardianSearchQuery = z.infer<typeof guardianSearchQuerySchema>;

export const guardianSearchResultSchema = z.object({
  guardians: z.array(
    z.object({
      id: idSchema,
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      city: z.string(),
      /** The guardian's children the searching staff member may see. */
      children: z.array(z.object({ id: idSchema, firstName: z.string(), lastName: z.string() })),
    }),
  ),
});
export type GuardianSearchResult = z.infer<typeof guardianSearchResultSchema>;

/** GET/PATCH /guardians/:guardianId. */
export const guardianFileSchema = z.object({
  guardian: guardianSchema,
  /** The guardian's children the staff member may see. */
  children: z.array(
    z.object({ id: idSchema, firstName: z.string(), lastName: z.string(), parentalAuthority: z.boolean() }),
  ),
  /** Actions on this guardian the account may take: `guardian.update`, `guardian.invite`. */
  permittedActions: z.array(z.string()),
});
export type GuardianFile = z.infer<typeof guardianFileSchema>;

/** Changing a guardian's contact data; a new e-mail address is also the account's new sign-in address. */
export const updateGuardianBodySchema = z
  .object({
    firstName: nameSchema,
    lastName: nameSchema,
    email: emailSchema,
    phone: contactText(30),
    street: contactText(200),
    houseNumber: contactText(20),
    postcode: contactText(12),
    city: contactText(100),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type UpdateGuardianBody = z.infer<typeof updateGuardianBodySchema>;

// ---------------------------------------------------------------------------------------------------------------
// Placements.

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);

/** One weekday of a placement with the contract product that sets that day's times. */
export const placementDayInputSchema = z.object({ weekday: weekdaySchema, careProductId: idSchema });
export type PlacementDayInput = z.infer<typeof placementDayInputSchema>;

const placementDaysSchema = z.array(placementDayInputSchema).min(1).max(14);
const placementTypeSchema = z.string().trim().min(1).max(100);

/**
 * A new placement. Each product must be a contract product the group offers on that weekday; the start may not
 * lie in the past; a child has at most one placement in a group at a time (409 `startDate` overlap).
 */
export const createPlacementBodySchema = z.object({
  groupId: idSchema,
  placementType: placementTypeSchema,
  startDate: localDateSchema,
  /** Last day (inclusive), not before the start (`date_order`); null when open-ended. */
  endDate: localDateSchema.nullable().default(null),
  days: placementDaysSchema,
});
export type CreatePlacementBody = z.infer<typeof createPlacementBodySchema>;
export type CreatePlacementInput = z.input<typeof createPlacementBodySchema>;

/**
 * Changing a placement never rewrites the past. One that has not started by `effectiveFrom` changes in place;
 * one that started before it ends the day before and a new placement (pointing back at it) continues with the
 * new values. Only the end date changes in place on a running placement. An ended placement is read-only.
 */
export const updatePlacementBodySchema = z
  .object({
    placementType: placementTypeSchema.optional(),
    days: placementDaysSchema.optional(),
    /** New last day (inclusive), never before today; null makes the placement open-ended. */
    endDate: localDateSchema.nullable().optional(),
    /** The first day the new type or days apply; default today, never before today. */
    effectiveFrom: localDateSchema.optional(),
  })
  .refine((v) => v.placementType !== undefined || v.days !== undefined || v.endDate !== undefined, {
    message: 'Nothing to change',
  });
export type UpdatePlacementBody = z.infer<typeof updatePlacementBodySchema>;

export const placementParamsSchema = z.object({ childId: idSchema, placementId: idSchema });

/** Planned: starts after today; current: runs today; ended: its last day has passed (read-only). */
export const placementStateSchema = z.enum(['planned', 'current', 'ended']);
export type PlacementState = z.infer<typeof placementStateSchema>;

export const placementSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  locationId: idSchema,
  locationName: z.string(),
  placementType: z.string(),
  startDate: localDateSchema,
  /** Last day (inclusive); null when open-ended. */
  endDate: localDateSchema.nullable(),
  state: placementStateSchema,
  /** The placement this one continues (a change from a date on), or null. */
  previousPlacementId: idSchema.nullable(),
  days: z.array(z.object({ weekday: weekdaySchema, careProductId: idSchema, careProductName: z.string() })),
});
export type Placement = z.infer<typeof placementSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Children: creating, the child file, changing.

/** A new child with at least one guardian; new guardians get their account at once (not yet invited). */
export const createChildBodySchema = z.object({
  locationId: idSchema,
  firstName: nameSchema,
  lastName: nameSchema,
  birthDate: localDateSchema,
  /** An active staff member of the organisation, or none. */
  mentorStaffMemberId: idSchema.nullable().optional(),
  guardians: z.array(guardianLinkBodySchema).min(1).max(6),
});
export type CreateChildBody = z.infer<typeof createChildBodySchema>;
export type CreateChildInput = z.input<typeof createChildBodySchema>;

export const updateChildBodySchema = z
  .object({
    firstName: nameSchema,
    lastName: nameSchema,
    birthDate: localDateSchema,
    /** The location the child is registered at; one the staff member plans for. */
    locationId: idSchema,
    /** An active staff member of the organisation, or null for none. */
    mentorStaffMemberId: idSchema.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type UpdateChildBody = z.infer<typeof updateChildBodySchema>;

/** Everything the back office shows about one child (GET /children/:childId/file). */
export const childFileSchema = z.object({
  child: z.object({
    id: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    birthDate: localDateSchema,
    location: namedRefSchema,
    mentor: z.object({ id: idSchema, firstName: z.string(), lastName: z.string() }).nullable(),
    /** The reference of the system the child was imported from. */
    externalRef: z.string().nullable(),
    /** When the photo last changed (`GET /children/:childId/photo`), null without a photo. */
    photoUpdatedAt: instantSchema.nullable(),
  }),
  guardians: z.array(guardianSchema.extend({ parentalAuthority: z.boolean() })),
  /** Every placement, ended ones included, by start date. */
  placements: z.array(placementSchema),
  /** Actions on this child the account may take, e.g. `child.update`. */
  permittedActions: z.array(z.string()),
});
export type ChildFile = z.infer<typeof childFileSchema>;

/** The photo after an upload: re-encoded as JPEG of at most 800 px, metadata stripped. */
export const childPhotoSchema = z.object({ updatedAt: instantSchema, etag: z.string() });
export type ChildPhoto = z.infer<typeof childPhotoSchema>;

/** Largest photo upload in bytes. */
export const CHILD_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Largest photo upload in pixels (width × height), so a small file cannot unpack into a huge image. */
export const CHILD_PHOTO_MAX_PIXELS = 50_000_000;
/** Longest side of a stored photo in pixels. */
export const CHILD_PHOTO_MAX_SIDE = 800;
/** Image types a photo upload may have (checked by content, not by name). */
export const CHILD_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
