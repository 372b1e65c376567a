import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema } from './ids.ts';

/**
 * CSV import of children, guardians and placements (S2). One row per placement; a child is identified by
 * `child_ref` (the previous system's id), a guardian by e-mail. The format is described in docs/import-format.md.
 */

/** The columns of an import file, by their English name. */
export const importColumns = [
  'child_ref',
  'child_first_name',
  'child_last_name',
  'child_birth_date',
  'guardian1_first_name',
  'guardian1_last_name',
  'guardian1_email',
  'guardian1_phone',
  'guardian1_street',
  'guardian1_house_number',
  'guardian1_postcode',
  'guardian1_city',
  'guardian1_parental_authority',
  'guardian2_first_name',
  'guardian2_last_name',
  'guardian2_email',
  'guardian2_phone',
  'guardian2_street',
  'guardian2_house_number',
  'guardian2_postcode',
  'guardian2_city',
  'guardian2_parental_authority',
  'group',
  'placement_type',
  'start_date',
  'end_date',
  'weekdays',
  'product',
] as const;
export const importColumnSchema = z.enum(importColumns);
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** Columns the header must contain (guardian 2 and end date are optional; so are phone and address). */
export const requiredImportColumns: readonly ImportColumn[] = [
  'child_ref',
  'child_first_name',
  'child_last_name',
  'child_birth_date',
  'guardian1_first_name',
  'guardian1_last_name',
  'guardian1_email',
  'group',
  'placement_type',
  'start_date',
  'weekdays',
  'product',
];

/**
 * The Dutch header name of each column (the template uses these). A header is matched case-insensitively and
 * without spaces, dashes, underscores or dots, against the English name, the Dutch name and a few synonyms.
 */
export const importColumnDutchNames: Record<ImportColumn, string> = {
  child_ref: 'kind_ref',
  child_first_name: 'kind_voornaam',
  child_last_name: 'kind_achternaam',
  child_birth_date: 'kind_geboortedatum',
  guardian1_first_name: 'ouder1_voornaam',
  guardian1_last_name: 'ouder1_achternaam',
  guardian1_email: 'ouder1_email',
  guardian1_phone: 'ouder1_telefoon',
  guardian1_street: 'ouder1_straat',
  guardian1_house_number: 'ouder1_huisnummer',
  guardian1_postcode: 'ouder1_postcode',
  guardian1_city: 'ouder1_plaats',
  guardian1_parental_authority: 'ouder1_gezag',
  guardian2_first_name: 'ouder2_voornaam',
  guardian2_last_name: 'ouder2_achternaam',
  guardian2_email: 'ouder2_email',
  guardian2_phone: 'ouder2_telefoon',
  guardian2_street: 'ouder2_straat',
  guardian2_house_number: 'ouder2_huisnummer',
  guardian2_postcode: 'ouder2_postcode',
  guardian2_city: 'ouder2_plaats',
  guardian2_parental_authority: 'ouder2_gezag',
  group: 'groep',
  placement_type: 'type_plaatsing',
  start_date: 'startdatum',
  end_date: 'einddatum',
  weekdays: 'dagen',
  product: 'product',
};

/**
 * Codes of what can be wrong with a line (or, on line 1, with the header): the usual field codes, plus
 * `mismatch`, `empty_file`, `conflict` and `internal`.
 * - required: a required column or value is missing
 * - invalid_format: not a date, e-mail, weekday list or yes/no; a row with more fields than the header; a quote
 *   that is never closed
 * - invalid_value: a value outside what is allowed (a product not offered on a weekday, guardian 2 = guardian 1)
 * - too_big: longer than the column allows
 * - date_order: end date before start date
 * - overlap: the same child twice in one group over overlapping periods (in the file or with the database)
 * - unknown_reference: no group or contract product by that name at the location
 * - taken: a header column given twice
 * - mismatch: the same child (child_ref) or guardian (e-mail) with different details on another line
 * - empty_file: the file holds no header or no rows
 * - conflict: the database refused the run because of a change made at the same moment; run it again
 * - internal: the run failed for a reason of the server's own (logged); nothing was written
 */
export const importIssueCodes = [
  'required',
  'invalid_format',
  'invalid_value',
  'too_big',
  'date_order',
  'overlap',
  'unknown_reference',
  'taken',
  'mismatch',
  'empty_file',
  'conflict',
  'internal',
] as const;
export const importIssueCodeSchema = z.enum(importIssueCodes);
export type ImportIssueCode = z.infer<typeof importIssueCodeSchema>;

/**
 * One thing wrong: where (line of the file, 1 = header, null = not one line; column by its English name, null =
 * the whole line) and what.
 */
export const importIssueSchema = z.object({
  line: z.number().int().min(1).nullable(),
  column: importColumnSchema.nullable(),
  code: importIssueCodeSchema,
  /** English text for developers; the web shows its own translation of `code` (with `line` and `column`). */
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekdaySchema = z.number().int().min(1).max(7);

export const importLineGuardianSchema = z.object({
  /** Guardian 1 or 2 of the line. */
  slot: z.union([z.literal(1), z.literal(2)]),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** `new`: created by this import (once, however many lines name them); `existing`: already known, linked. */
  status: z.enum(['new', 'existing']),
  parentalAuthority: z.boolean(),
});
export type ImportLineGuardian = z.infer<typeof importLineGuardianSchema>;

/**
 * What happens with one data line:
 * - `create`: the line is imported (child, guardian links and placement; a repeated child_ref adds a placement);
 * - `skipped`: a child with this child_ref already exists in the organisation; the whole line is left out;
 * - `error`: something is wrong, see `issues`; while any line has errors the import cannot run.
 */
export const importLineStatuses = ['create', 'skipped', 'error'] as const;
export const importLineStatusSchema = z.enum(importLineStatuses);
export type ImportLineStatus = z.infer<typeof importLineStatusSchema>;

export const importLineSchema = z.object({
  /** The line of the file the row starts on (the header is line 1). */
  line: z.number().int().min(2),
  childRef: z.string(),
  status: importLineStatusSchema,
  /** The child (null when the line is skipped or its child data is unusable). */
  child: z
    .object({
      firstName: z.string(),
      lastName: z.string(),
      birthDate: localDateSchema,
      /** True on the first line of a new child; later lines of the same child_ref add placements to it. */
      isFirstLine: z.boolean(),
    })
    .nullable(),
  guardians: z.array(importLineGuardianSchema),
  placement: z
    .object({
      groupName: z.string(),
      placementType: z.string(),
      startDate: localDateSchema,
      endDate: localDateSchema.nullable(),
      weekdays: z.array(weekdaySchema),
      productName: z.string(),
    })
    .nullable(),
  issues: z.array(importIssueSchema),
});
export type ImportLine = z.infer<typeof importLineSchema>;

/** Counts of a checked import: lines by outcome, and what running it creates. */
export const importTotalsSchema = z.object({
  lines: z.number().int(),
  create: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  /** New children. */
  children: z.number().int(),
  /** Guardians to create (each e-mail once). */
  guardiansNew: z.number().int(),
  /** Guardians already known, linked to a new child. */
  guardiansExisting: z.number().int(),
  /** Guardian–child links. */
  links: z.number().int(),
  placements: z.number().int(),
});
export type ImportTotals = z.infer<typeof importTotalsSchema>;

/** What a completed run created. */
export const importSummarySchema = z.object({
  children: z.number().int(),
  guardiansCreated: z.number().int(),
  guardiansLinked: z.number().int(),
  links: z.number().int(),
  placements: z.number().int(),
  skippedLines: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importStatuses = ['checked', 'completed'] as const;
export const importStatusSchema = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/** An import as listed: the file, where it goes, its status and counts. */
export const importSummaryItemSchema = z.object({
  id: idSchema,
  locationId: idSchema,
  locationName: z.string(),
  fileName: z.string(),
  status: importStatusSchema,
  createdAt: instantSchema,
  createdByName: z.string(),
  completedAt: instantSchema.nullable(),
  totals: importTotalsSchema,
  /** Set once the import has run. */
  summary: importSummarySchema.nullable(),
  /** Checked without errors and not run yet. */
  canRun: z.boolean(),
});
export type ImportSummaryItem = z.infer<typeof importSummaryItemSchema>;

export const importListSchema = z.object({ imports: z.array(importSummaryItemSchema) });
export type ImportList = z.infer<typeof importListSchema>;

/** The dry run's report (POST /imports answers it; GET /imports/:importId reads it again). */
export const importReportSchema = importSummaryItemSchema.extend({
  /** The separator found in the header. */
  separator: z.enum([';', ',']),
  /** How the file was read: UTF-8 (with or without BOM), or Windows-1252 when it was not valid UTF-8. */
  encoding: z.enum(['utf-8', 'windows-1252']),
  /** Header names that matched no column; their values are ignored. */
  ignoredColumns: z.array(z.string()),
  /** Problems with the file as a whole (header, encoding, unclosed quotes). */
  fileIssues: z.array(importIssueSchema),
  lines: z.array(importLineSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** POST /imports?locationId=&fileName= with the CSV file as the body (`text/csv`, at most 10 MB). */
export const createImportQuerySchema = z.object({
  locationId: idSchema,
  fileName: z.string().trim().min(1).max(255),
});
export type CreateImportQuery = z.infer<typeof createImportQuerySchema>;

export const importParamsSchema = z.object({ importId: idSchema });

export const importTemplateQuerySchema = z.object({
  /** Header names in Dutch (default) or English. */
  language: z.enum(['nl', 'en']).default('nl'),
});

/** Largest import file, in bytes. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * POST /imports/:importId/run answers `application/x-ndjson`: one JSON event a line — progress events while
 * it writes, then exactly one `completed` (everything was written) or `failed` (nothing was written).
 */
export const importRunEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number().int(), total: z.number().int() }),
  z.object({ type: z.literal('completed'), summary: importSummarySchema }),
  z.object({ type: z.literal('failed'), errors: z.array(importIssueSchema) }),
]);
export type ImportRunEvent = z.infer<typeof importRunEventSchema>;
