import type { TFunction } from 'i18next';
import { ApiError } from '../../../../lib/api.ts';
import { fieldErrorText } from '../../../../lib/form-errors.ts';
import { hasText } from '../../../../lib/translate.ts';

/** Fields that hold a number: their "too small" is about size, not length. */
const NUMBER_FIELDS = new Set(['minAgeMonths', 'maxAgeMonths', 'capacity', 'priceCents', 'price']);

/**
 * The message for a failing field of organisation setup: a text for this field and code where the setup
 * catalogue has one (`setup.fieldErrors.<field>.<code>`, e.g. a postcode's form), one for number fields, and
 * otherwise the app's general text for the code.
 */
export function setupFieldText(t: TFunction, path: string, code: string): string {
  const field = path.split('.').at(-1) ?? '';
  const keys = [`setup.fieldErrors.${field}.${code}`];
  if (NUMBER_FIELDS.has(field)) keys.push(`setup.fieldErrors.number.${code}`);
  const key = keys.find(hasText);
  return key ? (t as unknown as (key: string) => string)(key) : fieldErrorText(t, path, code);
}

/** The parts of a zod issue used here (the same codes the server sends in `fields[].code`). */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: unknown;
  origin?: unknown;
  /** A contract refinement's own code (e.g. `date_order`), as the server sends it too. */
  params?: { code?: unknown };
}

export interface ValidatingSchema {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

function issueCode(issue: Issue): string {
  if (typeof issue.params?.code === 'string') return issue.params.code;
  // An empty text or list is "too small, minimum 1": people understand "fill this in" / "choose one".
  if (issue.code === 'too_small' && issue.minimum === 1 && issue.origin !== 'number') return 'required';
  return issue.code;
}

/**
 * Validates a request body with its contract schema before it is sent, like `validateWith`, with the setup
 * texts for its fields. Messages are keyed by the body's paths.
 */
export function validateBody(schema: ValidatingSchema, body: unknown, t: TFunction): Record<string, string> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= setupFieldText(t, path, issueCode(issue));
  }
  return errors;
}

/** Messages for the fields a 400/409 answer names, keyed by the body's paths; empty for other errors. */
export function apiFieldMessages(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const field of error.fields) errors[field.path] ??= setupFieldText(t, field.path, field.code);
  return errors;
}

/**
 * The form field a path in the request body belongs to: the same path by default, or what the map makes of it
 * (a body's `priceCents` is the form's `price`; `groupIds.2` is the one groups field).
 */
export type PathMap = (path: string) => string;

/** Moves messages keyed by body path to the form's fields; the first message for a field wins. */
export function toFormErrors(errors: Record<string, string>, map: PathMap): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, text] of Object.entries(errors)) result[map(path)] ??= text;
  return result;
}

/** Shows the fields a 400/409 answer names next to those fields. */
export function showApiFieldErrors(
  form: { setErrors: (errors: Record<string, string>) => void },
  error: unknown,
  t: TFunction,
  map: PathMap = (path) => path,
): void {
  form.setErrors(toFormErrors(apiFieldMessages(error, t), map));
}

/** A path map for forms that show a list as one input: `groupIds.3` → `groupIds`. */
export function listFieldsAsOne(...fields: string[]): PathMap {
  return (path) => {
    const top = path.split('.')[0] ?? path;
    return fields.includes(top) ? top : path;
  };
}
