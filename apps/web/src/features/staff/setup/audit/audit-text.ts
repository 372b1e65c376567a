import type { AuditEvent } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { hasText } from '../../../../lib/translate.ts';

const translate = (t: TFunction, key: string, values?: Record<string, unknown>) =>
  (t as unknown as (key: string, values?: Record<string, unknown>) => string)(key, values);

/** What happened, in words where the catalogue knows the action (`location.update`), else its code. */
export function auditActionText(t: TFunction, action: string): string {
  const key = `setup.audit.actions.${action}`;
  return hasText(key) ? translate(t, key) : action;
}

/** The names of the fields an event changed, in words where known; none when the event names none. */
export function auditFieldNames(t: TFunction, event: Pick<AuditEvent, 'details'>): string[] {
  const fields = event.details.fields;
  if (!Array.isArray(fields)) return [];
  return fields
    .filter((field): field is string => typeof field === 'string')
    .map((field) => {
      const key = `setup.audit.fields.${field}`;
      return hasText(key) ? translate(t, key) : field;
    });
}

/** What the event is about: the label the server kept, else the kind of thing. */
export function auditSubjectText(
  t: TFunction,
  event: Pick<AuditEvent, 'subjectLabel' | 'subjectType'>,
): string {
  if (event.subjectLabel) return event.subjectLabel;
  if (!event.subjectType) return '';
  const key = `setup.audit.subjects.${event.subjectType}`;
  return hasText(key) ? translate(t, key) : event.subjectType;
}
