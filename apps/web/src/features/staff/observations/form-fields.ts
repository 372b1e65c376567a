import type { ObservationField, ObservationFieldInput, ObservationFieldKind } from '@nestje/contract';

/** A field as the form editor holds it: the options of a choice as lines of text. */
export interface EditableField {
  key: string;
  label: string;
  kind: ObservationFieldKind;
  required: boolean;
  optionsText: string;
  lowLabel: string;
  highLabel: string;
}

export function toEditable(field: ObservationField): EditableField {
  return {
    key: field.key,
    label: field.label,
    kind: field.kind,
    required: field.required,
    optionsText: field.kind === 'choice' ? field.options.join('\n') : '',
    lowLabel: field.kind === 'scale' ? (field.lowLabel ?? '') : '',
    highLabel: field.kind === 'scale' ? (field.highLabel ?? '') : '',
  };
}

/**
 * A key for a new field that no other field of the form has. Keys name the answers within a version, so an
 * existing field keeps its key when its question is reworded.
 */
export function newFieldKey(fields: readonly { key: string }[]): string {
  const taken = new Set(fields.map((field) => field.key));
  let n = fields.length + 1;
  while (taken.has(`veld_${n}`)) n++;
  return `veld_${n}`;
}

export function emptyField(fields: readonly { key: string }[]): EditableField {
  return {
    key: newFieldKey(fields),
    label: '',
    kind: 'text',
    required: false,
    optionsText: '',
    lowLabel: '',
    highLabel: '',
  };
}

/** The field as the contract takes it; only the parts of its kind. */
export function toFieldBody(field: EditableField): ObservationFieldInput {
  const base = { key: field.key, label: field.label.trim(), required: field.required };
  switch (field.kind) {
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        options: field.optionsText
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      };
    case 'scale':
      return {
        ...base,
        kind: 'scale',
        ...(field.lowLabel.trim() ? { lowLabel: field.lowLabel.trim() } : {}),
        ...(field.highLabel.trim() ? { highLabel: field.highLabel.trim() } : {}),
      };
    default:
      return { ...base, kind: field.kind };
  }
}
