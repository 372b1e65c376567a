import {
  type CareProduct,
  type CareProductUsage,
  type CreateCareProductBody,
  createCareProductBodySchema,
  type Locale,
  type Pricing,
  type WeekType,
} from '@nestje/contract';
import type { TFunction } from 'i18next';
import { fieldErrorText, listFieldsAsOne, validateWith } from '../../../../lib/form-errors.ts';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { centsToEuroInput, euroInputToCents } from './money.ts';

/** The product form's values: weekdays and groups as the checkbox group and multi-select hold them (strings). */
export interface ProductFormValues {
  name: string;
  startTime: string;
  endTime: string;
  weekdays: string[];
  weekType: WeekType;
  pricing: Pricing;
  /** The price as typed, in euros. */
  price: string;
  usage: CareProductUsage;
  active: boolean;
  groupIds: string[];
}

export function productFormValues(product: CareProduct | undefined, locale: Locale): ProductFormValues {
  if (!product) {
    return {
      name: '',
      startTime: '',
      endTime: '',
      weekdays: ['1', '2', '3', '4', '5'],
      weekType: 'any',
      pricing: 'hourly',
      price: '',
      usage: 'contract',
      active: true,
      groupIds: [],
    };
  }
  return {
    name: product.name,
    startTime: product.startTime.slice(0, 5),
    endTime: product.endTime.slice(0, 5),
    weekdays: [...product.weekdays].sort((a, b) => a - b).map(String),
    weekType: product.weekType,
    pricing: product.pricing,
    price: centsToEuroInput(product.priceCents, locale),
    usage: product.usage,
    active: product.active,
    groupIds: [...product.groupIds],
  };
}

/**
 * The body to send. A price that cannot be read as euros is sent as NaN, which the contract refuses, so the
 * form never sends a guess.
 */
export function productBody(values: ProductFormValues): CreateCareProductBody {
  const { price, weekdays, ...rest } = values;
  return {
    ...rest,
    weekdays: weekdays.map(Number).sort((a, b) => a - b),
    priceCents: euroInputToCents(price) ?? Number.NaN,
  };
}

/** A body path on the form: `priceCents` is typed as `price`; a weekday or group is its whole field. */
export function productFormPath(path: string): string {
  if (path === 'priceCents') return 'price';
  return listFieldsAsOne('weekdays', 'groupIds')(path);
}

/** Every problem the form can see before sending, keyed by form field. */
export function validateProduct(values: ProductFormValues, t: TFunction): Record<string, string> {
  const errors = validateWith(createCareProductBodySchema, productBody(values), t, {
    messages: SETUP_FIELD_MESSAGES,
    formPath: productFormPath,
  });
  const text = (path: string, code: string) => fieldErrorText(t, path, code, SETUP_FIELD_MESSAGES);
  if (values.price.trim() === '') errors.price = text('price', 'required');
  else if (euroInputToCents(values.price) === null) errors.price = text('price', 'invalid_format');
  if (!errors.startTime && !errors.endTime && values.endTime <= values.startTime) {
    errors.endTime = text('endTime', 'time_order');
  }
  return errors;
}
