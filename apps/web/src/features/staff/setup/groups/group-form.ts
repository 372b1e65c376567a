import { type Group as CareGroup, type CreateGroupBody, createGroupBodySchema } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { fieldErrorText, validateWith } from '../../../../lib/form-errors.ts';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import {
  checkOpeningDay,
  defaultOpeningDayRows,
  fromOpeningDayRows,
  type OpeningDayRow,
  openingHoursFormPath,
  toOpeningDayRows,
} from './opening-hours.ts';

export interface GroupFormValues {
  locationId: string;
  name: string;
  kind: CareGroup['kind'];
  minAgeMonths: number | string;
  maxAgeMonths: number | string;
  capacity: number | string;
  openingHours: OpeningDayRow[];
}

export function groupFormValues(group: CareGroup | undefined, locationId: string): GroupFormValues {
  if (!group) {
    return {
      locationId,
      name: '',
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 48,
      capacity: 12,
      openingHours: defaultOpeningDayRows(),
    };
  }
  return {
    locationId: group.locationId,
    name: group.name,
    kind: group.kind,
    minAgeMonths: group.minAgeMonths,
    maxAgeMonths: group.maxAgeMonths,
    capacity: group.capacity,
    openingHours: toOpeningDayRows(group.openingHours),
  };
}

/** An empty number field becomes NaN, which the contract refuses, so validation asks for it. */
const numberOf = (value: number | string) => (value === '' ? Number.NaN : Number(value));

/** The body to send. */
export function groupBody(values: GroupFormValues): CreateGroupBody {
  return {
    locationId: values.locationId,
    name: values.name,
    kind: values.kind,
    minAgeMonths: numberOf(values.minAgeMonths),
    maxAgeMonths: numberOf(values.maxAgeMonths),
    capacity: numberOf(values.capacity),
    openingHours: fromOpeningDayRows(values.openingHours),
  };
}

/** Every problem the form can see before sending, keyed by form field. */
export function validateGroup(values: GroupFormValues, t: TFunction): Record<string, string> {
  const body = groupBody(values);
  const errors = validateWith(createGroupBodySchema, body, t, {
    messages: SETUP_FIELD_MESSAGES,
    formPath: (path) => openingHoursFormPath(path, values.openingHours),
  });
  if (!errors.minAgeMonths && !errors.maxAgeMonths && body.maxAgeMonths <= body.minAgeMonths) {
    errors.maxAgeMonths = fieldErrorText(t, 'maxAgeMonths', 'too_small', SETUP_FIELD_MESSAGES);
  }
  values.openingHours.forEach((row, index) => {
    for (const [field, code] of Object.entries(checkOpeningDay(row))) {
      errors[`openingHours.${index}.${field}`] ??= fieldErrorText(t, field, code, SETUP_FIELD_MESSAGES);
    }
  });
  return errors;
}
