import { z } from 'zod';
import { idSchema, localDateSchema } from './ids.ts';

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

export const childListSchema = z.object({ children: z.array(childSchema) });

export const childParamsSchema = z.object({ childId: idSchema });

const nameSchema = z.string().trim().min(1).max(100);

export const updateChildBodySchema = z
  .object({ firstName: nameSchema, lastName: nameSchema, birthDate: localDateSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type UpdateChildBody = z.infer<typeof updateChildBodySchema>;

export const auditEventSchema = z.object({
  id: idSchema,
  at: z.string(),
  actorAccountId: idSchema.nullable(),
  action: z.string(),
  childIds: z.array(idSchema),
  subjectType: z.string().nullable(),
  subjectId: idSchema.nullable(),
});
export const auditListSchema = z.object({ events: z.array(auditEventSchema) });
export const auditQuerySchema = z.object({
  childId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
