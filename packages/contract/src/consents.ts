import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';

// Consents (toestemmingen, P17, B1): items the organisation asks, each with a versioned text; every guardian with
// parental authority answers per child; every answer is kept with who, when and which text. A child has a
// consent when every guardian with parental authority has granted it. Two items are built in: photos visible to
// the child's own family, and photos visible to the other families of the group.

export const builtinConsentKeys = ['photos_own_family', 'photos_other_families'] as const;
export const builtinConsentKeySchema = z.enum(builtinConsentKeys);
export type BuiltinConsentKey = z.infer<typeof builtinConsentKeySchema>;

export const consentTextSchema = z.object({
  id: idSchema,
  version: z.number().int(),
  body: z.string(),
  createdAt: instantSchema,
});
export type ConsentText = z.infer<typeof consentTextSchema>;

export const consentItemSchema = z.object({
  id: idSchema,
  /** The built-in items; null for the organisation's own. */
  key: builtinConsentKeySchema.nullable(),
  title: z.string(),
  position: z.number().int(),
  /** Inactive items are no longer asked; their answers are kept. */
  active: z.boolean(),
  /** The current text (its latest version). */
  text: consentTextSchema,
});
export type ConsentItem = z.infer<typeof consentItemSchema>;

/** GET /consent-items (staff; admins manage them). */
export const consentItemListSchema = z.object({ items: z.array(consentItemSchema) });
export type ConsentItemList = z.infer<typeof consentItemListSchema>;

/** POST /consent-items (organisation admins). */
export const createConsentItemBodySchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5000),
});
export type CreateConsentItemBody = z.input<typeof createConsentItemBodySchema>;

/** PATCH /consent-items/:itemId (organisation admins); built-in items cannot be made inactive. */
export const updateConsentItemBodySchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export type UpdateConsentItemBody = z.input<typeof updateConsentItemBodySchema>;

/** POST /consent-items/:itemId/texts (organisation admins): a new version of the text. */
export const createConsentTextBodySchema = z.object({ body: z.string().trim().min(1).max(5000) });
export type CreateConsentTextBody = z.input<typeof createConsentTextBodySchema>;

export const consentItemParamsSchema = z.object({ itemId: idSchema });

/** One answer: who (guardian and the account that clicked), when, to which version of the text. */
export const consentAnswerSchema = z.object({
  id: idSchema,
  consentItemId: idSchema,
  guardianId: idSchema,
  guardianName: z.string(),
  answeredByName: z.string(),
  granted: z.boolean(),
  answeredAt: instantSchema,
  textVersion: z.number().int(),
});
export type ConsentAnswer = z.infer<typeof consentAnswerSchema>;

/** One item for one child: each guardian's current answer and whether the child has the consent. */
export const childConsentSchema = z.object({
  item: consentItemSchema,
  /** Every guardian with parental authority has granted it. */
  granted: z.boolean(),
  /** Per guardian with parental authority: the current answer (null: not answered yet). */
  guardians: z.array(
    z.object({
      guardianId: idSchema,
      guardianName: z.string(),
      answer: consentAnswerSchema.nullable(),
      /** The answer was given to an older version of the text. */
      outdated: z.boolean(),
      /** This guardian is the asking account's own guardian record. */
      you: z.boolean(),
    }),
  ),
  /** Whether the asking account may answer for this child (a guardian with parental authority). */
  canAnswer: z.boolean(),
});
export type ChildConsent = z.infer<typeof childConsentSchema>;

/** GET /children/:childId/consents: the child's guardians and staff who may read the child. */
export const childConsentsSchema = z.object({
  childId: idSchema,
  items: z.array(childConsentSchema),
  /** Every answer ever given for this child, newest first. */
  history: z.array(consentAnswerSchema),
});
export type ChildConsents = z.infer<typeof childConsentsSchema>;

export const childConsentParamsSchema = z.object({ childId: idSchema, itemId: idSchema });

/**
 * PUT /children/:childId/consents/:itemId (a guardian with parental authority of the child): the answer to the
 * text version `textId`. When the text changed meanwhile the answer is refused with 409 `consent.text_changed`.
 */
export const answerConsentBodySchema = z.object({ granted: z.boolean(), textId: idSchema });
export type AnswerConsentBody = z.input<typeof answerConsentBodySchema>;
