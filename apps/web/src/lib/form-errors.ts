import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';
import { translateFirst } from './translate.ts';

/** The parts of a zod issue the form needs; the same codes the server sends in `fields[].code`. */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: unknown;
  /** What was checked: `string`, `array`, `number`… */
  origin?: unknown;
  /** A contract refinement's own code (e.g. `date_order`), as the server sends it too. */
  params?: { code?: unknown };
}

/** A contract (zod) schema, used to validate a form before it is sent. */
export interface ValidatingSchema {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

/**
 * Field-specific messages of one form or feature: for a field name (the last part of its path), the message
 * group(s) to look in first, as catalogue key prefixes; `<group>.<code>` is used when the catalogue has it,
 * e.g. `{ postcode: 'setup.fieldErrors.postcode' }` gives "Vul een postcode in als 1234 AB." for
 * `invalid_format`. Groups are tried in order, then the app's own ones below.
 */
export type FieldMessages = Readonly<Record<string, string | readonly string[]>>;

/** Fields whose messages are specific everywhere (password length, e-mail format). */
const FIELD_GROUPS: FieldMessages = {
  email: 'fields.email',
  password: 'fields.password',
  newPassword: 'fields.password',
};

function groupsOf(messages: FieldMessages | undefined, field: string): readonly string[] {
  const group = messages?.[field];
  return group === undefined ? [] : typeof group === 'string' ? [group] : group;
}

/**
 * The translated message for one failing field, found by the field's name and the error code: the form's own
 * message groups first (`messages`), then the app's field-specific ones, then the generic text for the code.
 */
export function fieldErrorText(t: TFunction, path: string, code: string, messages?: FieldMessages): string {
  const field = path.split('.').at(-1) ?? '';
  const groups = [...groupsOf(messages, field), ...groupsOf(FIELD_GROUPS, field)];
  const keys = [...groups.map((group) => `${group}.${code}`), `fields.${code}`, `errors.${code}`];
  return translateFirst(t, keys, 'fields.invalid', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}

/** Translated messages for field codes the form found itself (e.g. `{ days: 'required' }`), by the same path. */
export function fieldErrorTexts(
  t: TFunction,
  codes: Readonly<Record<string, string>>,
  messages?: FieldMessages,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, code] of Object.entries(codes)) errors[path] = fieldErrorText(t, path, code, messages);
  return errors;
}

/**
 * The form field a path of the request body belongs to: the same path by default, or what the form makes of
 * it (a body's `priceCents` is the form's `price`; `groupIds.2` is the one groups field).
 */
export type PathMap = (path: string) => string;

export interface FieldErrorOptions {
  /** The form's own field-specific messages. */
  messages?: FieldMessages;
  /** Where a body path shows on the form; when several paths land on one field, the first message wins. */
  formPath?: PathMap;
}

/** A path map for forms that show a list as one input: `groupIds.3` → `groupIds`. */
export function listFieldsAsOne(...fields: string[]): PathMap {
  return (path) => {
    const top = path.split('.')[0] ?? path;
    return fields.includes(top) ? top : path;
  };
}

function issueCode(issue: Issue): string {
  if (typeof issue.params?.code === 'string') return issue.params.code;
  // An empty text or list is "too small, minimum 1": people understand "fill this in" / "choose one". A
  // number below 1 really is too small.
  if (issue.code === 'too_small' && issue.minimum === 1 && issue.origin !== 'number') return 'required';
  return issue.code;
}

function collect(
  failures: Iterable<{ path: string; code: string }>,
  t: TFunction,
  { messages, formPath = (path) => path }: FieldErrorOptions,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, code } of failures) errors[formPath(path)] ??= fieldErrorText(t, path, code, messages);
  return errors;
}

/** Validates form values with a contract schema; returns translated messages keyed by (form) field path. */
export function validateWith(
  schema: ValidatingSchema,
  values: unknown,
  t: TFunction,
  options: FieldErrorOptions = {},
): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const failures = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issueCode(issue),
  }));
  return collect(failures, t, options);
}

/**
 * Translated messages for the fields a 400/409 answer names, keyed by (form) field path; empty for other
 * errors.
 */
export function apiFieldErrors(
  error: unknown,
  t: TFunction,
  options: FieldErrorOptions = {},
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return collect(error.fields, t, options);
}
