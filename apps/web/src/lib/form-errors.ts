import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';
import { translateFirst } from './translate.ts';

/** The parts of a zod issue the form needs; the same codes the server sends in `fields[].code`. */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: unknown;
  /** A contract refinement's own code (e.g. `date_order`), as the server sends it too. */
  params?: { code?: unknown };
}

/** A contract (zod) schema, used to validate a form before it is sent. */
export interface ValidatingSchema {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

/** Fields whose messages are specific (password length, e-mail format); other fields use the generic ones. */
const FIELD_GROUPS: Record<string, string> = {
  email: 'email',
  password: 'password',
  newPassword: 'password',
};

/** The translated message for one failing field, found by the field's name and the error code. */
export function fieldErrorText(t: TFunction, path: string, code: string): string {
  const field = path.split('.').at(-1) ?? '';
  const group = FIELD_GROUPS[field];
  const keys = [...(group ? [`fields.${group}.${code}`] : []), `fields.${code}`, `errors.${code}`];
  return translateFirst(t, keys, 'fields.invalid', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}

function issueCode(issue: Issue): string {
  if (typeof issue.params?.code === 'string') return issue.params.code;
  // zod reports an empty required string as "too small, minimum 1"; people understand "fill this in".
  return issue.code === 'too_small' && issue.minimum === 1 ? 'required' : issue.code;
}

/** Validates form values with a contract schema; returns translated messages keyed by field path. */
export function validateWith(
  schema: ValidatingSchema,
  values: unknown,
  t: TFunction,
): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= fieldErrorText(t, path, issueCode(issue));
  }
  return errors;
}

/** Translated messages for the fields a 400 answer names, keyed by field path; empty for other errors. */
export function apiFieldErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const field of error.fields) errors[field.path] ??= fieldErrorText(t, field.path, field.code);
  return errors;
}
