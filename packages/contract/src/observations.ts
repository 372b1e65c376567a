import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema } from './ids.ts';

// Observations (kindvolgsysteem, P17, S7), where the organisation has the feature: the organisation defines forms
// with fields; staff of a child's group fill one in for the child, as a draft or final, and share a final one with
// the guardians or not. Changing a form's fields makes a new version; an observation keeps the version it was
// filled on. Guardians see only shared observations (Overig → Functies → Observaties).

export const observationFieldKinds = ['text', 'longText', 'scale', 'yesNo', 'choice'] as const;
export const observationFieldKindSchema = z.enum(observationFieldKinds);
export type ObservationFieldKind = z.infer<typeof observationFieldKindSchema>;

/** The lowest and highest point of a scale field. */
export const OBSERVATION_SCALE_MIN = 1;
export const OBSERVATION_SCALE_MAX = 5;
/** Longest answer to a text field and to a long-text field. */
export const OBSERVATION_TEXT_MAX = 500;
export const OBSERVATION_LONG_TEXT_MAX = 5000;

const fieldBase = {
  /** Names the field's value within its version (`values[key]`); the form editor makes it. */
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: z.string().trim().min(1).max(200),
  required: z.boolean().default(false),
};

export const observationFieldSchema = z.discriminatedUnion('kind', [
  z.object({ ...fieldBase, kind: z.literal('text') }),
  z.object({ ...fieldBase, kind: z.literal('longText') }),
  z.object({
    ...fieldBase,
    kind: z.literal('scale'),
    /** What 1 and 5 mean, e.g. "Zelden" and "Altijd". */
    lowLabel: z.string().trim().max(100).optional(),
    highLabel: z.string().trim().max(100).optional(),
  }),
  z.object({ ...fieldBase, kind: z.literal('yesNo') }),
  z.object({
    ...fieldBase,
    kind: z.literal('choice'),
    options: z.array(z.string().trim().min(1).max(100)).min(2).max(20),
  }),
]);
export type ObservationField = z.infer<typeof observationFieldSchema>;
export type ObservationFieldInput = z.input<typeof observationFieldSchema>;

/** The fields of a form: 1 to 50, keys unique, the options of a choice unique. */
export const observationFieldsSchema = z
  .array(observationFieldSchema)
  .min(1)
  .max(50)
  .superRefine((fields, check) => {
    const keys = new Set<string>();
    for (const [i, field] of fields.entries()) {
      if (keys.has(field.key)) {
        check.addIssue({ code: 'custom', path: [i, 'key'], message: 'Another field has this key' });
      }
      keys.add(field.key);
      if (field.kind === 'choice' && new Set(field.options).size !== field.options.length) {
        check.addIssue({ code: 'custom', path: [i, 'options'], message: 'The options must differ' });
      }
    }
  });

export const observationFormVersionSchema = z.object({
  id: idSchema,
  version: z.number().int(),
  fields: z.array(observationFieldSchema),
  createdAt: instantSchema,
});
export type ObservationFormVersion = z.infer<typeof observationFormVersionSchema>;

export const observationFormSchema = z.object({
  id: idSchema,
  title: z.string(),
  /** Inactive forms are no longer filled in; their observations are kept. */
  active: z.boolean(),
  /** The current version (the latest). */
  current: observationFormVersionSchema,
});
export type ObservationForm = z.infer<typeof observationFormSchema>;

/** GET /observation-forms: the active forms; organisation admins see inactive ones too. */
export const observationFormListSchema = z.object({ forms: z.array(observationFormSchema) });
export type ObservationFormList = z.infer<typeof observationFormListSchema>;

/** POST /observation-forms (organisation admins): a form with its first version. */
export const createObservationFormBodySchema = z.object({
  title: z.string().trim().min(1).max(200),
  fields: observationFieldsSchema,
});
export type CreateObservationFormBody = z.input<typeof createObservationFormBodySchema>;

/** PATCH /observation-forms/:formId (organisation admins): changed fields make a new version. */
export const updateObservationFormBodySchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  active: z.boolean().optional(),
  fields: observationFieldsSchema.optional(),
});
export type UpdateObservationFormBody = z.input<typeof updateObservationFormBodySchema>;

export const observationFormParamsSchema = z.object({ formId: idSchema });

export const observationStatusSchema = z.enum(['draft', 'final']);
export type ObservationStatus = z.infer<typeof observationStatusSchema>;

/** A value per field key: text for text, long text and choice; 1–5 for a scale; true/false for yes/no. */
export const observationValueSchema = z.union([
  z.string().max(OBSERVATION_LONG_TEXT_MAX),
  z.number(),
  z.boolean(),
]);
export const observationValuesSchema = z.record(z.string().max(40), observationValueSchema.nullable());
export type ObservationValues = z.infer<typeof observationValuesSchema>;

export const observationSummarySchema = z.object({
  id: idSchema,
  childId: idSchema,
  formId: idSchema,
  formTitle: z.string(),
  formVersion: z.number().int(),
  observedOn: localDateSchema,
  status: observationStatusSchema,
  /** Who shared it with the guardians and when; null: not shared. */
  shared: z.object({ at: instantSchema, byName: z.string() }).nullable(),
  createdByName: z.string(),
  updatedAt: instantSchema,
});
export type ObservationSummary = z.infer<typeof observationSummarySchema>;

/** One observation with the fields of the version it was filled on and its values. */
export const observationSchema = observationSummarySchema.extend({
  fields: z.array(observationFieldSchema),
  values: observationValuesSchema,
  /** `observation.write` where the account may change and share it. */
  permittedActions: z.array(z.string()),
});
export type Observation = z.infer<typeof observationSchema>;

/** GET /children/:childId/observations: newest first; guardians get only the shared ones. */
export const childObservationsSchema = z.object({
  childId: idSchema,
  observations: z.array(observationSummarySchema),
  /** `observation.write` where the account may fill in observations for the child. */
  permittedActions: z.array(z.string()),
});
export type ChildObservations = z.infer<typeof childObservationsSchema>;

/** GET /observations: a guardian's children, each with their shared observations, newest first. */
export const ownObservationsSchema = z.object({
  children: z.array(
    z.object({
      id: idSchema,
      firstName: z.string(),
      lastName: z.string(),
      observations: z.array(observationSummarySchema),
    }),
  ),
});
export type OwnObservations = z.infer<typeof ownObservationsSchema>;

/**
 * POST /children/:childId/observations: fill in the current version of an active form (409
 * `observation.form_changed` when the form has a newer version meanwhile). A final one needs every required field.
 */
export const createObservationBodySchema = z.object({
  formVersionId: idSchema,
  observedOn: localDateSchema,
  status: observationStatusSchema,
  values: observationValuesSchema,
});
export type CreateObservationBody = z.input<typeof createObservationBodySchema>;

/** PATCH /children/:childId/observations/:observationId: only a draft changes (409 `observation.final`). */
export const updateObservationBodySchema = z.object({
  observedOn: localDateSchema.optional(),
  status: observationStatusSchema.optional(),
  values: observationValuesSchema.optional(),
});
export type UpdateObservationBody = z.input<typeof updateObservationBodySchema>;

/** PUT /children/:childId/observations/:observationId/sharing: only a final one is shared. */
export const shareObservationBodySchema = z.object({ shared: z.boolean() });
export type ShareObservationBody = z.input<typeof shareObservationBodySchema>;

export const childObservationParamsSchema = z.object({ childId: idSchema, observationId: idSchema });
