import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema } from './ids.ts';

// Declarations (verklaringen, P17, S7): forms the organisation defines (e.g. medicine use) that a guardian with
// parental authority fills in per child and signs with their typed full name. Forms are versioned: editing one
// makes a new version; a signed declaration keeps the version it was signed on. Signed declarations are never
// changed: a newer one becomes the current one and the history is kept.

export const declarationFieldTypes = ['text', 'longText', 'yesNo', 'date', 'choice'] as const;
export const declarationFieldTypeSchema = z.enum(declarationFieldTypes);
export type DeclarationFieldType = z.infer<typeof declarationFieldTypeSchema>;

/** A field's id: kept from version to version while the field stays, so values can be compared. */
export const declarationFieldIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

export const declarationFieldSchema = z.object({
  id: declarationFieldIdSchema,
  type: declarationFieldTypeSchema,
  label: z.string().trim().min(1).max(200),
  required: z.boolean(),
  /** The choices of a `choice` field (empty for other types). */
  options: z.array(z.string().trim().min(1).max(100)).max(20),
});
export type DeclarationField = z.infer<typeof declarationFieldSchema>;

/** A field as the form editor sends it: without id for a new field (the server gives it one). */
export const declarationFieldInputSchema = declarationFieldSchema
  .extend({
    id: declarationFieldIdSchema.optional(),
    options: declarationFieldSchema.shape.options.default([]),
  })
  .refine((f) => f.type !== 'choice' || f.options.length >= 2, {
    path: ['options'],
    message: 'A choice needs at least two options',
  });
export type DeclarationFieldInput = z.input<typeof declarationFieldInputSchema>;

export const declarationFormVersionSchema = z.object({
  id: idSchema,
  version: z.number().int(),
  title: z.string(),
  description: z.string(),
  fields: z.array(declarationFieldSchema),
  createdAt: instantSchema,
});
export type DeclarationFormVersion = z.infer<typeof declarationFormVersionSchema>;

export const declarationFormSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  /** Inactive forms are no longer asked; what was signed on them is kept. */
  active: z.boolean(),
  /** The current (latest) version. */
  current: declarationFormVersionSchema,
});
export type DeclarationForm = z.infer<typeof declarationFormSchema>;

/** GET /declaration-forms (staff; organisation admins manage them). */
export const declarationFormListSchema = z.object({ forms: z.array(declarationFormSchema) });
export type DeclarationFormList = z.infer<typeof declarationFormListSchema>;

/** POST /declaration-forms and POST /declaration-forms/:formId/versions (organisation admins). */
export const declarationFormBodySchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  fields: z.array(declarationFieldInputSchema).min(1).max(30),
});
export type DeclarationFormBody = z.input<typeof declarationFormBodySchema>;

/** PATCH /declaration-forms/:formId (organisation admins): whether the form is still asked. */
export const updateDeclarationFormBodySchema = z.object({ active: z.boolean() });
export type UpdateDeclarationFormBody = z.input<typeof updateDeclarationFormBodySchema>;

export const declarationFormParamsSchema = z.object({ formId: idSchema });
export const childDeclarationParamsSchema = z.object({ childId: idSchema, formId: idSchema });

/** A filled-in value: text, long text and choice are strings, yes/no a boolean, a date `YYYY-MM-DD`. */
export const declarationValueSchema = z.union([z.string().max(5000), z.boolean(), z.null()]);
export type DeclarationValue = z.infer<typeof declarationValueSchema>;
export const declarationValuesSchema = z.record(declarationFieldIdSchema, declarationValueSchema);
export type DeclarationValues = z.infer<typeof declarationValuesSchema>;

/** One signed declaration with the version it was signed on (its title and fields as they were then). */
export const declarationSchema = z.object({
  id: idSchema,
  formId: idSchema,
  version: declarationFormVersionSchema,
  values: declarationValuesSchema,
  guardianId: idSchema,
  /** The full name the guardian typed as their signature. */
  signedName: z.string(),
  signedAt: instantSchema,
});
export type Declaration = z.infer<typeof declarationSchema>;

/** One form for one child: the current declaration and whether it must be signed again on a newer version. */
export const childDeclarationSchema = z.object({
  form: declarationFormSchema,
  current: declarationSchema.nullable(),
  /** The current declaration was signed on an older version of the form: it needs filling in again. */
  outdated: z.boolean(),
});
export type ChildDeclaration = z.infer<typeof childDeclarationSchema>;

/** GET /children/:childId/declarations: the child's guardians and staff who may read the child. */
export const childDeclarationsSchema = z.object({
  childId: idSchema,
  forms: z.array(childDeclarationSchema),
  /** Every declaration ever signed for the child, newest first. */
  history: z.array(declarationSchema),
  /** Whether the asking account may sign for this child (a guardian with parental authority). */
  canSign: z.boolean(),
});
export type ChildDeclarations = z.infer<typeof childDeclarationsSchema>;

/**
 * POST /children/:childId/declarations/:formId (a guardian with parental authority): the values for version
 * `versionId`, signed with the full name. When the form has a newer version meanwhile: 409
 * `declaration.form_changed`. A value that does not fit its field: 400 on `values.<fieldId>`.
 */
export const signDeclarationBodySchema = z.object({
  versionId: idSchema,
  values: declarationValuesSchema,
  signedName: z.string().trim().min(2).max(200),
});
export type SignDeclarationBody = z.input<typeof signDeclarationBodySchema>;

const TEXT_MAX: Record<DeclarationFieldType, number> = {
  text: 500,
  longText: 5000,
  yesNo: 0,
  date: 10,
  choice: 100,
};

const isEmpty = (value: DeclarationValue | undefined) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * What is wrong with one value for its field: `required`, `invalid_type`, `too_long`, `invalid_date` or
 * `invalid_choice`; null when it fits. Shared by the server (which refuses) and the form (which explains).
 */
export function declarationValueError(field: DeclarationField, value: DeclarationValue | undefined) {
  if (isEmpty(value)) return field.required ? 'required' : null;
  if (field.type === 'yesNo') return typeof value === 'boolean' ? null : 'invalid_type';
  if (typeof value !== 'string') return 'invalid_type';
  if (value.length > TEXT_MAX[field.type]) return 'too_long';
  if (field.type === 'date') return localDateSchema.safeParse(value).success ? null : 'invalid_date';
  if (field.type === 'choice') return field.options.includes(value) ? null : 'invalid_choice';
  return null;
}

/** Every failing field of `values` for `fields`, by field id; values for unknown fields are `unknown_field`. */
export function declarationValuesErrors(
  fields: readonly DeclarationField[],
  values: DeclarationValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const error = declarationValueError(field, values[field.id]);
    if (error) errors[field.id] = error;
  }
  const known = new Set(fields.map((f) => f.id));
  for (const id of Object.keys(values)) if (!known.has(id)) errors[id] = 'unknown_field';
  return errors;
}
