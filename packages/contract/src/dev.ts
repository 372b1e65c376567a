import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';

/** A mail kept by the server when no SMTP server is configured (demo and development only). */
export const devMailSchema = z.object({
  id: idSchema,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  createdAt: instantSchema,
});
export type DevMail = z.infer<typeof devMailSchema>;

export const devMailboxSchema = z.object({ mails: z.array(devMailSchema) });

/** Sets the server's clock (development and tests only); null returns to the real time. */
export const devClockBodySchema = z.object({ now: instantSchema.nullable() });
export const devClockSchema = z.object({ now: instantSchema, fixed: z.boolean() });
