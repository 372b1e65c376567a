import { z } from 'zod';
import { emailSchema, staffRoleSchema } from './identity.ts';
import { idSchema } from './ids.ts';
import { invitationSchema, invitationStatusSchema } from './invitations.ts';
import { phoneSchema } from './organisation.ts';

// Staff members (S1): who works for the organisation, in which roles, and where their account stands.

const personNameSchema = z.string().trim().min(1).max(100);

/**
 * A role to grant. `organisation_admin` is organisation-wide (no location, no group); `location_manager` and
 * `planner` take a `locationId` (or none for the whole organisation); `group_staff` needs a `groupId`.
 * A wrong combination is a field error on `roles.N.locationId` / `roles.N.groupId` (`required` or
 * `invalid_value`); a role outside the locations the account manages is a 403 with `roles.N` `not_allowed`.
 */
export const staffRoleInputSchema = z.object({
  role: staffRoleSchema,
  locationId: idSchema.nullable().optional(),
  groupId: idSchema.nullable().optional(),
});
export type StaffRoleInput = z.infer<typeof staffRoleInputSchema>;

/** A granted role with the names of its scope. */
export const staffMemberRoleSchema = z.object({
  role: staffRoleSchema,
  locationId: idSchema.nullable(),
  locationName: z.string().nullable(),
  groupId: idSchema.nullable(),
  groupName: z.string().nullable(),
});
export type StaffMemberRole = z.infer<typeof staffMemberRoleSchema>;

export const staffMemberSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  /** False once deactivated: the account cannot sign in. */
  active: z.boolean(),
  roles: z.array(staffMemberRoleSchema),
  accountId: idSchema.nullable(),
  /** Where the staff account stands: invited, active, expired link, deactivated… */
  invitation: invitationSchema.nullable(),
  /**
   * What the account may do with this staff member: `staffMember.manage` (change, deactivate, reactivate,
   * resend the invitation).
   */
  permittedActions: z.array(z.string()),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffMemberListSchema = z.object({ staffMembers: z.array(staffMemberSchema) });
export type StaffMemberList = z.infer<typeof staffMemberListSchema>;

export const staffMemberListQuerySchema = z.object({
  /** Part of the name or e-mail address. */
  search: z.string().trim().max(100).optional(),
  /** Only staff whose account has this invitation status (`deactivated`: deactivated staff). */
  status: invitationStatusSchema.optional(),
});

/**
 * POST /staff-members: creates the staff member and its account and sends the activation mail at once.
 * An address already in use is a 409 with `email` `taken`.
 */
export const createStaffMemberBodySchema = z.object({
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  phone: phoneSchema.optional(),
  roles: z.array(staffRoleInputSchema).min(1).max(50),
});
export type CreateStaffMemberBody = z.infer<typeof createStaffMemberBodySchema>;

/**
 * PATCH /staff-members/:id: the roles, when sent, replace all roles. Removing the last active organisation
 * admin is a 409 with `roles` `last_admin`.
 */
export const updateStaffMemberBodySchema = z
  .object({
    firstName: personNameSchema,
    lastName: personNameSchema,
    phone: phoneSchema,
    roles: z.array(staffRoleInputSchema).min(1).max(50),
  })
  .partial();
export type UpdateStaffMemberBody = z.infer<typeof updateStaffMemberBodySchema>;

export const staffMemberParamsSchema = z.object({ staffMemberId: idSchema });
