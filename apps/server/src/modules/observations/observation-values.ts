import type { FieldError } from '@nestje/contract';
import {
  OBSERVATION_LONG_TEXT_MAX,
  OBSERVATION_SCALE_MAX,
  OBSERVATION_SCALE_MIN,
  OBSERVATION_TEXT_MAX,
  type ObservationField,
  type ObservationValues,
} from '@nestje/contract';
import { BadRequest } from '../../errors.ts';

/** Why a value does not fit its field, or null when it fits. */
function problemOf(field: ObservationField, value: unknown): { code: string; message: string } | null {
  switch (field.kind) {
    case 'text':
    case 'longText': {
      const max = field.kind === 'text' ? OBSERVATION_TEXT_MAX : OBSERVATION_LONG_TEXT_MAX;
      if (typeof value !== 'string') return { code: 'invalid_type', message: 'Expected text' };
      if (value.length > max) return { code: 'too_big', message: `At most ${max} characters` };
      return null;
    }
    case 'scale':
      return Number.isInteger(value) &&
        (value as number) >= OBSERVATION_SCALE_MIN &&
        (value as number) <= OBSERVATION_SCALE_MAX
        ? null
        : {
            code: 'invalid_scale',
            message: `A whole number from ${OBSERVATION_SCALE_MIN} to ${OBSERVATION_SCALE_MAX}`,
          };
    case 'yesNo':
      return typeof value === 'boolean' ? null : { code: 'invalid_type', message: 'Expected yes or no' };
    case 'choice':
      return typeof value === 'string' && field.options.includes(value)
        ? null
        : { code: 'invalid_option', message: 'Not one of the options' };
  }
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The values as they are kept: only the version's fields, empty answers left out, text trimmed. Every value must
 * fit its field; a final observation needs every required field answered (a draft may still be incomplete). One
 * 400 names every field that fails, as `values.<key>`.
 */
export function checkValues(
  fields: readonly ObservationField[],
  values: ObservationValues,
  final: boolean,
): Record<string, string | number | boolean> {
  const errors: FieldError[] = [];
  const kept: Record<string, string | number | boolean> = {};
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) {
      errors.push({ path: `values.${key}`, code: 'unknown_field', message: 'The form has no such field' });
    }
  }
  for (const field of fields) {
    const raw = values[field.key];
    const path = `values.${field.key}`;
    if (isEmpty(raw)) {
      if (final && field.required) errors.push({ path, code: 'required', message: 'Required' });
      continue;
    }
    const problem = problemOf(field, raw);
    if (problem) errors.push({ path, ...problem });
    else kept[field.key] = typeof raw === 'string' ? raw.trim() : (raw as number | boolean);
  }
  if (errors.length > 0)
    throw new BadRequest('validation_failed', 'Some answers do not fit the form', errors);
  return kept;
}
