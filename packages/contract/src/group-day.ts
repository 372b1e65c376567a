import { z } from 'zod';
import { absenceReasonSchema } from './absences.ts';
import { idSchema, localDateSchema, localTimeSchema } from './ids.ts';

// The planner's day view of a group (S3): every child expected on a date with their day parts (contract, approved
// extra days, open requests), who is reported absent, and the occupancy per day part of the group's products.

/** `contract`: the placement's weekly pattern; `extra`: an approved extra day; `pending`: an open request ("optie"). */
export const groupDayPartKinds = ['contract', 'extra', 'swap', 'pending'] as const;
export const groupDayPartKindSchema = z.enum(groupDayPartKinds);
export type GroupDayPartKind = z.infer<typeof groupDayPartKindSchema>;

export const groupDayPartSchema = z.object({
  careProductId: idSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  productName: z.string(),
  kind: groupDayPartKindSchema,
  /** Set when the day part is reported absent: the child is not coming. */
  absence: z.object({ reason: absenceReasonSchema }).nullable(),
});
export type GroupDayPart = z.infer<typeof groupDayPartSchema>;

export const groupDayChildSchema = z.object({
  childId: idSchema,
  name: z.string(),
  /** By start time. */
  parts: z.array(groupDayPartSchema),
});
export type GroupDayChild = z.infer<typeof groupDayChildSchema>;

/**
 * The occupancy of one day part: the most children present at one moment (`confirmed`: planned and approved,
 * absent children left out; `pending`: with an open request), against the group's capacity.
 */
export const groupDayOccupancySchema = z.object({
  careProductId: idSchema,
  name: z.string(),
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  confirmed: z.number().int(),
  pending: z.number().int(),
  capacity: z.number().int(),
});
export type GroupDayOccupancy = z.infer<typeof groupDayOccupancySchema>;

/** GET /groups/:groupId/day?date=YYYY-MM-DD. */
export const groupDaySchema = z.object({
  group: z.object({
    id: idSchema,
    name: z.string(),
    locationName: z.string(),
    capacity: z.number().int(),
  }),
  date: localDateSchema,
  /** The description of the closing day when the group's location is closed that day, else null. */
  closed: z.string().nullable(),
  /** By name. */
  children: z.array(groupDayChildSchema),
  /** The group's day parts offered that day (and any other a child has that day), by start time. */
  occupancy: z.array(groupDayOccupancySchema),
});
export type GroupDay = z.infer<typeof groupDaySchema>;

export const groupDayParamsSchema = z.object({ groupId: idSchema });
export const groupDayQuerySchema = z.object({ date: localDateSchema });
