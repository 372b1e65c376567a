import { z } from 'zod';
import { absenceReasonSchema } from './absences.ts';
import { idSchema, localDateSchema, localTimeSchema } from './ids.ts';
import { schoolHolidayRegionSchema } from './organisation.ts';

// Care days: the Dutch school holidays (reference data, per region) and the periods in which a location deviates
// from them.

export const schoolHolidayKinds = [
  'herfstvakantie',
  'kerstvakantie',
  'voorjaarsvakantie',
  'meivakantie',
  'zomervakantie',
] as const;
export const schoolHolidayKindSchema = z.enum(schoolHolidayKinds);
export type SchoolHolidayKind = z.infer<typeof schoolHolidayKindSchema>;

/** One school holiday of a region: Saturday to Sunday, both inclusive. */
export const schoolHolidaySchema = z.object({
  region: schoolHolidayRegionSchema,
  /** E.g. `2026/27`. */
  schoolYear: z.string(),
  kind: schoolHolidayKindSchema,
  startDate: localDateSchema,
  endDate: localDateSchema,
  /** False while the dates still have to be checked against the official overview. */
  verified: z.boolean(),
});
export type SchoolHoliday = z.infer<typeof schoolHolidaySchema>;

export const schoolHolidayListSchema = z.object({ schoolHolidays: z.array(schoolHolidaySchema) });
export type SchoolHolidayList = z.infer<typeof schoolHolidayListSchema>;

/** `holiday`: extra holiday days at the location; `school`: default holiday days that are school days there. */
export const holidayPeriodKinds = ['holiday', 'school'] as const;
export const holidayPeriodKindSchema = z.enum(holidayPeriodKinds);
export type HolidayPeriodKind = z.infer<typeof holidayPeriodKindSchema>;

export const holidayPeriodSchema = z.object({
  id: idSchema,
  locationId: idSchema,
  locationName: z.string(),
  kind: holidayPeriodKindSchema,
  startDate: localDateSchema,
  /** Inclusive. */
  endDate: localDateSchema,
  description: z.string(),
  /** `holidayPeriod.delete` when the account may remove it. */
  permittedActions: z.array(z.string()),
});
export type HolidayPeriod = z.infer<typeof holidayPeriodSchema>;

export const holidayPeriodListSchema = z.object({ holidayPeriods: z.array(holidayPeriodSchema) });
export type HolidayPeriodList = z.infer<typeof holidayPeriodListSchema>;

export const holidayPeriodListQuerySchema = z.object({
  /** Only this location's periods; every visible location's when left out. */
  locationId: idSchema.optional(),
});

/** The fields of a new period. */
const holidayPeriodFieldsSchema = z.object({
  locationId: idSchema,
  kind: holidayPeriodKindSchema,
  startDate: localDateSchema,
  /** Inclusive; not before the start (`date_order`). Periods of one location do not overlap (`overlap`, 409). */
  endDate: localDateSchema,
  description: z.string().trim().min(1).max(200),
});

/** A new period, with the end not before the start (`endDate` `date_order`). */
export const createHolidayPeriodBodySchema = holidayPeriodFieldsSchema.refine(
  (body) => body.endDate >= body.startDate,
  {
    path: ['endDate'],
    message: 'The end date lies before the start date',
    params: { code: 'date_order' },
    // Only compare when both are dates; otherwise their own errors say enough.
    when: (payload) =>
      localDateSchema.safeParse((payload.value as { startDate?: unknown }).startDate).success &&
      localDateSchema.safeParse((payload.value as { endDate?: unknown }).endDate).success,
  },
);
export type CreateHolidayPeriodBody = z.infer<typeof createHolidayPeriodBodySchema>;

export const holidayPeriodParamsSchema = z.object({ holidayPeriodId: idSchema });

// A child's planned care days (the child file's planning, S7): what the weekly pattern, the holidays, closing days,
// approved extra days and swaps and the reported absences make of the coming weeks.

/** The most days one page of a child's planning covers. */
export const CHILD_CARE_DAYS_MAX = 92;

export const childCareDaysQuerySchema = z.object({
  /** The first date; today (Amsterdam) when left out. */
  from: localDateSchema.optional(),
  days: z.coerce.number().int().min(1).max(CHILD_CARE_DAYS_MAX).default(28),
});
export type ChildCareDaysQuery = z.infer<typeof childCareDaysQuerySchema>;

/** One planned day part: the child is expected in the group on the date from start to end (local times). */
export const plannedCareDaySchema = z.object({
  date: localDateSchema,
  groupId: idSchema,
  groupName: z.string(),
  locationName: z.string(),
  productName: z.string(),
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  /** `contract`: the weekly pattern; `extra`: an approved extra day; `swap`: the wanted day of an approved swap. */
  source: z.enum(['contract', 'extra', 'swap']),
  /** The approved request line of an extra day or swap; null for a contract day. */
  lineId: idSchema.nullable(),
  /** Reported absent: the day part stays planned, marked with its absence line and reason. */
  absence: z.object({ lineId: idSchema, reason: absenceReasonSchema }).nullable(),
});
export type PlannedCareDay = z.infer<typeof plannedCareDaySchema>;

export const childCareDaysSchema = z.object({
  from: localDateSchema,
  /** The last date covered, inclusive. */
  to: localDateSchema,
  /** By date and start time; closing days and days without care have no entry. */
  days: z.array(plannedCareDaySchema),
  /** The `from` of the next page. */
  nextFrom: localDateSchema,
});
export type ChildCareDays = z.infer<typeof childCareDaysSchema>;
