import { z } from 'zod';
import { absenceReasonSchema } from './absences.ts';
import { idSchema, localDateSchema, localTimeSchema } from './ids.ts';
import { requestLineStatusSchema } from './requests.ts';

// The agenda (P7): the planned care days of all the account's children, day by day into the future, with the open
// requests on their date.

/** The most days one agenda page covers. */
export const AGENDA_MAX_DAYS = 92;

export const agendaQuerySchema = z.object({
  /** The first date; today (Amsterdam) when left out. */
  from: localDateSchema.optional(),
  days: z.coerce.number().int().min(1).max(AGENDA_MAX_DAYS).default(28),
});

export const agendaItemSchema = z.object({
  /** `care`: a planned care day (contract or approved extra day); `request`: an open request line. */
  kind: z.enum(['care', 'request']),
  childId: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  locationName: z.string(),
  productName: z.string(),
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  /** For care: `contract`, `extra` (an approved extra day) or `swap` (the wanted day part of an approved swap). */
  source: z.enum(['contract', 'extra', 'swap']).nullable(),
  /** For a request: its line and status. */
  lineId: idSchema.nullable(),
  status: requestLineStatusSchema.nullable(),
  /** For care reported absent: its absence line and reason. */
  absence: z.object({ lineId: idSchema, reason: absenceReasonSchema }).nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaDaySchema = z.object({
  date: localDateSchema,
  items: z.array(agendaItemSchema),
  /** Closing days at the locations of the children's groups. */
  closures: z.array(z.object({ locationName: z.string(), description: z.string() })),
});
export type AgendaDay = z.infer<typeof agendaDaySchema>;

export const agendaSchema = z.object({
  children: z.array(z.object({ id: idSchema, firstName: z.string(), lastName: z.string() })),
  days: z.array(agendaDaySchema),
  /** The `from` of the next page. */
  nextFrom: localDateSchema,
});
export type Agenda = z.infer<typeof agendaSchema>;
