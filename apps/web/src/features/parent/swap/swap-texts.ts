import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api.ts';
import { translateFirst } from '../../../lib/translate.ts';

/** A form problem or server field code in words: the swap's own texts first, then those of Dag aanvragen. */
export function swapErrorText(t: TFunction, code: string): string {
  return translateFirst(
    t,
    [`swap.errors.${code}`, `agenda.reasons.${code}`, `agenda.request.fieldErrors.${code}`, `errors.${code}`],
    'fields.invalid',
  );
}

/** The form's messages for a failed "Indienen", by form field (see `swapFormPathOf`). */
export function swapApiErrors(
  t: TFunction,
  error: unknown,
  formPath: (path: string) => string,
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const field of error.fields) errors[formPath(field.path)] ??= swapErrorText(t, field.code);
  return errors;
}
