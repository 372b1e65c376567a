import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema } from './ids.ts';

// A guardian's own data (P17, Account & Kinderen): the phone number changes at once; a new name or address is a
// change the organisation approves first (a planner, location manager or admin of one of the guardian's
// children). The e-mail address is the sign-in address and is changed by the organisation only.

export const guardianChangeKinds = ['name', 'address'] as const;
export const guardianChangeKindSchema = z.enum(guardianChangeKinds);
export type GuardianChangeKind = z.infer<typeof guardianChangeKindSchema>;

export const guardianChangeStatuses = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type GuardianChangeStatus = (typeof guardianChangeStatuses)[number];

const nameSchema = z.string().trim().min(1).max(100);
const text = (max: number) => z.string().trim().max(max);

/** The values of a change: the name parts or the address parts. */
export const guardianChangeValuesSchema = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  street: z.string().optional(),
  houseNumber: z.string().optional(),
  postcode: z.string().optional(),
  city: z.string().optional(),
});
export type GuardianChangeValues = z.infer<typeof guardianChangeValuesSchema>;

export const guardianChangeRequestSchema = z.object({
  id: idSchema,
  guardianId: idSchema,
  kind: guardianChangeKindSchema,
  requested: guardianChangeValuesSchema,
  previous: guardianChangeValuesSchema,
  status: z.enum(guardianChangeStatuses),
  requestedAt: instantSchema,
  decidedAt: instantSchema.nullable(),
  /** Who approved or rejected it (null while pending). */
  decidedByName: z.string().nullable(),
});
export type GuardianChangeRequest = z.infer<typeof guardianChangeRequestSchema>;

export const ownGuardianDataSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  /** The sign-in address: read-only here. */
  email: z.string(),
  phone: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
});
export type OwnGuardianData = z.infer<typeof ownGuardianDataSchema>;

/** GET /me/guardian: the data as the organisation has it, and the changes waiting for approval. */
export const ownGuardianSchema = z.object({
  guardianId: idSchema,
  data: ownGuardianDataSchema,
  pending: z.array(guardianChangeRequestSchema),
});
export type OwnGuardian = z.infer<typeof ownGuardianSchema>;

/**
 * PATCH /me/guardian: only the fields sent change. `phone` at once; first and last name together are one request
 * for approval, the four address parts another (parts not sent keep their current value).
 */
export const updateOwnGuardianBodySchema = z.object({
  phone: text(30).optional(),
  firstName: nameSchema.optional(),
  lastName: nameSchema.optional(),
  street: text(200).optional(),
  houseNumber: text(20).optional(),
  postcode: text(12).optional(),
  city: text(100).optional(),
});
export type UpdateOwnGuardianBody = z.input<typeof updateOwnGuardianBodySchema>;

/** GET /guardians/:guardianId/change-requests (staff who may read the guardian): pending first, then decided. */
export const guardianChangeRequestListSchema = z.object({
  requests: z.array(guardianChangeRequestSchema),
  /** Whether the asking staff member may approve or reject them. */
  canDecide: z.boolean(),
});
export type GuardianChangeRequestList = z.infer<typeof guardianChangeRequestListSchema>;

export const guardianChangeRequestParamsSchema = z.object({ guardianId: idSchema, requestId: idSchema });

/** POST /guardians/:guardianId/change-requests/:requestId/decision. */
export const decideGuardianChangeBodySchema = z.object({ approve: z.boolean() });
export type DecideGuardianChangeBody = z.input<typeof decideGuardianChangeBodySchema>;

/** A current or upcoming placement as the child page shows it: group, type and the care products booked. */
export const childDetailPlacementSchema = z.object({
  id: idSchema,
  groupName: z.string(),
  locationName: z.string(),
  placementType: z.string(),
  careProducts: z.array(z.string()),
  startDate: localDateSchema,
  endDate: localDateSchema.nullable(),
});

/** GET /children/:childId/details (whoever may read the child): the mentor and the placements. */
export const childDetailsSchema = z.object({
  childId: idSchema,
  /** The mentor's name; null when the child has none. */
  mentorName: z.string().nullable(),
  placements: z.array(childDetailPlacementSchema),
});
export type ChildDetails = z.infer<typeof childDetailsSchema>;
