import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';

export const localeSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/** Minimum and maximum length of a password. Long passphrases are welcome; short ones are not. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const accountKindSchema = z.enum(['guardian', 'staff']);
export type AccountKind = z.infer<typeof accountKindSchema>;

export const staffRoleSchema = z.enum(['organisation_admin', 'location_manager', 'planner', 'group_staff']);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** The organisation's look, applied by the web app at run time. */
export const brandingSchema = z.object({
  /** Display name of the organisation. */
  name: z.string(),
  /** URL of the logo, or null for the Nestje mark. */
  logoUrl: z.string().nullable(),
  /** Primary colour as `#rrggbb`. */
  primaryColour: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Branding = z.infer<typeof brandingSchema>;

/** One account signed in in this browser, as the account switcher shows it. */
export const accountSummarySchema = z.object({
  /** Account id; send it as the `X-Nestje-Account` header to act as this account. */
  id: idSchema,
  email: z.string(),
  /** Full name of the guardian or staff member. */
  displayName: z.string(),
  kind: accountKindSchema,
  organisationId: idSchema,
  organisationName: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/** A staff role with its scope: the whole organisation, one location or one group. */
export const roleGrantSchema = z.object({
  role: staffRoleSchema,
  locationId: idSchema.nullable(),
  groupId: idSchema.nullable(),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

/** The active account, its organisation and every account signed in in this browser. */
export const meSchema = z.object({
  account: accountSummarySchema.extend({
    locale: localeSchema,
    /** Roles of a staff account; empty for a guardian. */
    roles: z.array(roleGrantSchema),
  }),
  branding: brandingSchema,
  /** The organisation's optional parts, so the UI offers only what it uses (credits, video, observations). */
  features: z.object({ video: z.boolean(), credits: z.boolean(), observations: z.boolean() }),
  /** Every account signed in in this browser, the active one included. */
  accounts: z.array(accountSummarySchema),
  /** Global actions the active account may take; the UI hides what is not here. */
  permittedActions: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** Answer to a sign-in or activation: the accounts now signed in and which one is active. */
export const sessionStateSchema = z.object({
  activeAccountId: idSchema,
  accounts: z.array(accountSummarySchema),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const resetRequestBodySchema = z.object({ email: emailSchema });
export type ResetRequestBody = z.infer<typeof resetRequestBodySchema>;

/** The same answer whether or not the address has an account. */
export const resetRequestResponseSchema = z.object({ accepted: z.literal(true) });

export const tokenBodySchema = z.object({ token: z.string().min(20).max(200) });
export type TokenBody = z.infer<typeof tokenBodySchema>;

export const completeTokenBodySchema = tokenBodySchema.extend({ password: passwordSchema });
export type CompleteTokenBody = z.infer<typeof completeTokenBodySchema>;

/** What an activation or reset link is for, shown before the person chooses a password. */
export const tokenInfoSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  organisationName: z.string(),
  expiresAt: instantSchema,
});
export type TokenInfo = z.infer<typeof tokenInfoSchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const updatePreferencesBodySchema = z.object({ locale: localeSchema });
export type UpdatePreferencesBody = z.infer<typeof updatePreferencesBodySchema>;

export const logoutResponseSchema = z.object({
  /** Accounts still signed in in this browser after the logout. */
  accounts: z.array(accountSummarySchema),
});
export type LogoutResponse = z.infer<typeof logoutResponseSchema>;
