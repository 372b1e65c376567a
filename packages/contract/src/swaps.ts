import { z } from 'zod';
import { idSchema, localDateSchema, localTimeSchema } from './ids.ts';

// Swap days (ruildagen, P13): per child, a planned contract day part given up for a wanted day part on another
// date. Assessed like an extra day (as a whole, expiry, status, cancelling, the one message): the two lines of a
// child's swap (`give` and `take`) share a booking and are decided together. If the wanted time is shorter than the
// given-up time, the rest lapses; a longer wanted time is refused. The policy bounds it: the wanted date lies within
// `swapWindowDays` of the given-up date, and a child has at most `swapsPerYear` swaps per calendar year (0: none).

/** Why a planned day part cannot be given up: it has started, is reported absent, or is in a swap already. */
export const giveRefusals = ['past', 'absent', 'given'] as const;

export const swapPartSchema = z.object({
  groupId: idSchema,
  groupName: z.string(),
  careProductId: idSchema,
  productName: z.string(),
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  unavailable: z.enum(giveRefusals).nullable(),
});
export type SwapPart = z.infer<typeof swapPartSchema>;

export const swapChildSchema = z.object({
  childId: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  /** Swaps of the child in the calendar year of the date (open and approved), and the policy's maximum. */
  swapsUsed: z.number().int(),
  swapsPerYear: z.number().int(),
  /** The wanted date must lie from … to (the policy's window around the date). */
  windowFrom: localDateSchema,
  windowTo: localDateSchema,
  /** The child's planned contract day parts on the date. */
  parts: z.array(swapPartSchema),
});
export type SwapChild = z.infer<typeof swapChildSchema>;

export const swapOptionsQuerySchema = z.object({ date: localDateSchema });

/** GET /swaps/options?date=: per child the day parts of that date that can be given up, and the swap rules. */
export const swapOptionsSchema = z.object({
  date: localDateSchema,
  children: z.array(swapChildSchema),
});
export type SwapOptions = z.infer<typeof swapOptionsSchema>;

export const swapBodyItemSchema = z.object({
  childId: idSchema,
  /** The planned contract day part given up. */
  give: z.object({
    groupId: idSchema,
    careProductId: idSchema,
    date: localDateSchema,
    startTime: localTimeSchema,
  }),
  /** The wanted day part: one of the group's day parts on another date (see GET /requests/options). */
  take: z.object({ groupId: idSchema, careProductId: idSchema, date: localDateSchema }),
});

/**
 * POST /swaps (with an Idempotency-Key) → 201 `CreatedRequest`. Field errors: `swaps.<i>.give` `not_planned` |
 * `past` | `absent` | `given`; `swaps.<i>.take.date` `same_date` | `outside_window`; `swaps.<i>.take.careProductId`
 * with the day part's unavailable reason (e.g. `planned`: the child is planned then already, `full`, `too_late`);
 * `swaps.<i>` `take_longer` (the wanted time is longer than the given-up time), `swaps_off`, `swaps_exhausted`;
 * `assessAsWhole` `single_day_only` (all given-up day parts on one date); `expiresOn` as for extra days.
 */
export const createSwapBodySchema = z.object({
  swaps: z.array(swapBodyItemSchema).min(1).max(20),
  assessAsWhole: z.boolean().default(false),
  expiresOn: localDateSchema.nullable().default(null),
  comment: z.string().trim().max(1000).default(''),
});
export type CreateSwapBody = z.input<typeof createSwapBodySchema>;
