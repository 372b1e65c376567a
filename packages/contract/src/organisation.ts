import { z } from 'zod';
import { idSchema, localDateSchema, localTimeSchema } from './ids.ts';

// Organisation setup (S1): settings and branding, locations, groups, care products and closing days.
// Order rules that span fields (end after start, max age above min age) are checked by the server and answered
// as field errors (`time_order`, `too_small`) on the later field, e.g. `openingHours.2.closesAt`.

const nameSchema = z.string().trim().min(1).max(200);
/** Free text that may be left empty. */
const optionalText = (max: number) => z.string().trim().max(max);

/** A colour as `#rrggbb`, stored in lower case. */
export const hexColourSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/);

/** The school-holiday region (noord, midden, zuid) that decides which weeks are holiday weeks. */
export const schoolHolidayRegions = ['noord', 'midden', 'zuid'] as const;
export const schoolHolidayRegionSchema = z.enum(schoolHolidayRegions);
export type SchoolHolidayRegion = z.infer<typeof schoolHolidayRegionSchema>;

/** Optional features an organisation switches on. */
export const organisationFeaturesSchema = z.object({
  /** Videos in diary entries and on the timeline. */
  video: z.boolean(),
  /** Credits (tegoed) for absences reported in time. */
  credits: z.boolean(),
  /** Observations (child-tracking forms) shared with parents. */
  observations: z.boolean(),
});
export type OrganisationFeatures = z.infer<typeof organisationFeaturesSchema>;

/** The organisation's settings as its administrators see and change them. */
export const organisationSettingsSchema = z.object({
  id: idSchema,
  /** Short name in addresses, e.g. the public logo URL; set when the organisation is created. */
  slug: z.string(),
  name: z.string(),
  /** Primary colour of the portal, `#rrggbb`. */
  primaryColour: z.string(),
  features: organisationFeaturesSchema,
  schoolHolidayRegion: schoolHolidayRegionSchema,
  /** Public URL of the logo (changes with every new logo), or null for the Nestje mark. Read-only. */
  logoUrl: z.string().nullable(),
});
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

/** PATCH /organisation/settings: only the fields sent change; features may be sent one by one. */
export const updateOrganisationSettingsBodySchema = z
  .object({
    name: nameSchema,
    primaryColour: hexColourSchema,
    features: organisationFeaturesSchema.partial(),
    schoolHolidayRegion: schoolHolidayRegionSchema,
  })
  .partial();
export type UpdateOrganisationSettingsBody = z.infer<typeof updateOrganisationSettingsBodySchema>;

/**
 * The logo upload (PUT /organisation/logo) takes the image itself as the request body. The type is decided by
 * the file's first bytes, not by the header; the server re-encodes it as a PNG of at most LOGO_MAX_SIDE pixels
 * a side without metadata. Field errors on `logo`: `required`, `unsupported_file_type`, `file_too_large`,
 * `image_too_large` (more than LOGO_MAX_INPUT_PIXELS pixels).
 */
export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_SIDE = 512;
export const LOGO_MAX_INPUT_PIXELS = 40_000_000;

export const brandingParamsSchema = z.object({ slug: z.string().min(1).max(63) });

// Locations

/** A Dutch postcode, `1234 AB`; accepted as `1234ab` or `1234 ab` and stored normalised. Empty: unknown. */
export const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .overwrite((v) => v.replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'))
  .regex(/^([1-9]\d{3} [A-Z]{2})?$/);

/** A phone number: digits, spaces, `+`, `-` and brackets. Empty: unknown. */
export const phoneSchema = z
  .string()
  .trim()
  .max(30)
  .regex(/^[0-9+()\- ]*$/);

/** An e-mail address that may be left empty (contact details). */
export const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/);

export const createLocationBodySchema = z.object({
  name: nameSchema,
  street: optionalText(200).optional(),
  houseNumber: optionalText(20).optional(),
  postcode: postcodeSchema.optional(),
  city: optionalText(100).optional(),
  phone: phoneSchema.optional(),
  email: optionalEmailSchema.optional(),
});
export type CreateLocationBody = z.infer<typeof createLocationBodySchema>;

export const updateLocationBodySchema = createLocationBodySchema.partial();
export type UpdateLocationBody = z.infer<typeof updateLocationBodySchema>;

export const locationSchema = z.object({
  id: idSchema,
  name: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  phone: z.string(),
  email: z.string(),
  /** Number of groups at the location. */
  groupCount: z.number().int(),
  /** What the account may do with this location, e.g. `location.manage`. */
  permittedActions: z.array(z.string()),
});
export type Location = z.infer<typeof locationSchema>;

export const locationListSchema = z.object({ locations: z.array(locationSchema) });
export type LocationList = z.infer<typeof locationListSchema>;

export const locationListQuerySchema = z.object({
  /** Part of the name or city. */
  search: z.string().trim().max(100).optional(),
});
export const locationParamsSchema = z.object({ locationId: idSchema });

// Groups

export const groupKinds = ['KDV', 'BSO', 'VSO', 'NSO', 'PSZ'] as const;
export const groupKindSchema = z.enum(groupKinds);
export type GroupKind = z.infer<typeof groupKindSchema>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
const weekdaySchema = z.number().int().min(1).max(7);

/** The hours a group is open on one weekday; a weekday without an entry is closed. */
export const openingHoursSchema = z.object({
  weekday: weekdaySchema,
  opensAt: localTimeSchema,
  /** After `opensAt` (else `time_order`). */
  closesAt: localTimeSchema,
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const createGroupBodySchema = z.object({
  locationId: idSchema,
  name: nameSchema,
  kind: groupKindSchema,
  minAgeMonths: z.number().int().min(0).max(240),
  /** Above `minAgeMonths` (else `too_small`). */
  maxAgeMonths: z.number().int().min(1).max(240),
  capacity: z.number().int().min(1).max(999),
  /** At most one entry per weekday (a repeated weekday is `taken`); replaced as a whole on change. */
  openingHours: z.array(openingHoursSchema).max(7),
});
export type CreateGroupBody = z.infer<typeof createGroupBodySchema>;

export const updateGroupBodySchema = createGroupBodySchema.partial();
export type UpdateGroupBody = z.infer<typeof updateGroupBodySchema>;

export const groupSchema = z.object({
  id: idSchema,
  locationId: idSchema,
  locationName: z.string(),
  name: z.string(),
  kind: groupKindSchema,
  minAgeMonths: z.number().int(),
  maxAgeMonths: z.number().int(),
  capacity: z.number().int(),
  /** Sorted by weekday. */
  openingHours: z.array(openingHoursSchema),
  /** What the account may do with this group, e.g. `group.manage`. */
  permittedActions: z.array(z.string()),
});
export type Group = z.infer<typeof groupSchema>;

export const groupListSchema = z.object({ groups: z.array(groupSchema) });
export type GroupList = z.infer<typeof groupListSchema>;

export const groupListQuerySchema = z.object({
  locationId: idSchema.optional(),
  /** Part of the name. */
  search: z.string().trim().max(100).optional(),
});
export const groupParamsSchema = z.object({ groupId: idSchema });

// Care products

export const weekTypes = ['school', 'holiday', 'any'] as const;
export const weekTypeSchema = z.enum(weekTypes);
export type WeekType = z.infer<typeof weekTypeSchema>;
export const pricingSchema = z.enum(['hourly', 'fixed']);
export type Pricing = z.infer<typeof pricingSchema>;
export const careProductUsageSchema = z.enum(['incidental', 'contract']);
export type CareProductUsage = z.infer<typeof careProductUsageSchema>;

export const createCareProductBodySchema = z.object({
  name: nameSchema,
  startTime: localTimeSchema,
  /** After `startTime` (else `time_order`). */
  endTime: localTimeSchema,
  weekdays: z.array(weekdaySchema).min(1).max(7),
  weekType: weekTypeSchema,
  /** Hourly rate or a fixed price per day part. */
  pricing: pricingSchema,
  /** Price in cents: per hour (hourly) or per day part (fixed). */
  priceCents: z.number().int().min(0).max(10_000_000),
  usage: careProductUsageSchema,
  /** Inactive products are no longer offered; products are deactivated, never deleted. */
  active: z.boolean().optional(),
  /** The groups that offer the product (`groupIds.N`: `unknown_reference` or `not_allowed`). */
  groupIds: z.array(idSchema).max(200),
});
export type CreateCareProductBody = z.infer<typeof createCareProductBodySchema>;

export const updateCareProductBodySchema = createCareProductBodySchema.partial();
export type UpdateCareProductBody = z.infer<typeof updateCareProductBodySchema>;

export const careProductGroupSchema = z.object({
  id: idSchema,
  name: z.string(),
  locationId: idSchema,
  locationName: z.string(),
});

export const careProductSchema = z.object({
  id: idSchema,
  name: z.string(),
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  weekdays: z.array(z.number().int()),
  weekType: weekTypeSchema,
  pricing: pricingSchema,
  priceCents: z.number().int(),
  usage: careProductUsageSchema,
  active: z.boolean(),
  groupIds: z.array(idSchema),
  /** The groups of `groupIds` with their names, sorted by location and name. */
  groups: z.array(careProductGroupSchema),
  /** What the account may do with this product, e.g. `careProduct.manage`. */
  permittedActions: z.array(z.string()),
});
export type CareProduct = z.infer<typeof careProductSchema>;

export const careProductListSchema = z.object({ careProducts: z.array(careProductSchema) });
export type CareProductList = z.infer<typeof careProductListSchema>;

export const careProductListQuerySchema = z.object({
  /** Part of the name. */
  search: z.string().trim().max(100).optional(),
  /** Only products this group offers. */
  groupId: idSchema.optional(),
  /** `true` or `false`: only active or only inactive products; both when absent. */
  active: z.stringbool().optional(),
});
export const careProductParamsSchema = z.object({ careProductId: idSchema });

// Closing days

export const closingDaySchema = z.object({
  id: idSchema,
  date: localDateSchema,
  description: z.string(),
  /** The location that is closed; null: every location of the organisation. */
  locationId: idSchema.nullable(),
  locationName: z.string().nullable(),
  /** `closingDay.delete` when the account may remove it (never for a day in the past). */
  permittedActions: z.array(z.string()),
});
export type ClosingDay = z.infer<typeof closingDaySchema>;

export const closingDayListSchema = z.object({ closingDays: z.array(closingDaySchema) });
export type ClosingDayList = z.infer<typeof closingDayListSchema>;

export const closingDayListQuerySchema = z.object({
  from: localDateSchema.optional(),
  /** Inclusive; not before `from` (else `date_order`). */
  to: localDateSchema.optional(),
  /** The days this location is closed: its own and those of every location. */
  locationId: idSchema.optional(),
  /** Part of the description, e.g. "kerst". */
  search: z.string().trim().max(100).optional(),
});

export const createClosingDayBodySchema = z.object({
  /** Not in the past (`in_past`); one per location and date (`taken`, 409). */
  date: localDateSchema,
  description: z.string().trim().min(1).max(200),
  /** Null closes every location (organisation admins only). */
  locationId: idSchema.nullable(),
});
export type CreateClosingDayBody = z.infer<typeof createClosingDayBodySchema>;

export const closingDayParamsSchema = z.object({ closingDayId: idSchema });
