import type { CareProduct } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/index.ts';
import { productBody, productFormPath, productFormValues, validateProduct } from './product-form.ts';

const GROUP = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a12';

const product: CareProduct = {
  id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a13',
  name: 'VSO ochtend',
  startTime: '07:00',
  endTime: '08:30',
  weekdays: [4, 1, 2],
  weekType: 'school',
  pricing: 'fixed',
  priceCents: 895,
  usage: 'incidental',
  active: true,
  groupIds: [GROUP],
  groups: [],
  permittedActions: [],
};

describe('care product form', () => {
  it('shows the price in euros and sends it in cents', () => {
    const values = productFormValues(product, 'nl');
    expect(values.price).toBe('8,95');
    expect(values.weekdays).toEqual(['1', '2', '4']);
    const body = productBody({ ...values, price: '9,10', weekdays: ['5', '1'] });
    expect(body.priceCents).toBe(910);
    expect(body.weekdays).toEqual([1, 5]);
    expect(body).not.toHaveProperty('price');
    expect(body.groupIds).toEqual([GROUP]);
  });

  it('shows a price it cannot read next to the price field, never a guess', () => {
    const t = i18n.t;
    const values = { ...productFormValues(product, 'nl'), price: '8,955' };
    expect(Number.isNaN(productBody(values).priceCents)).toBe(true);
    expect(validateProduct(values, t)).toEqual({ price: 'Vul een bedrag in euro’s in, bijvoorbeeld 9,25.' });
    expect(validateProduct({ ...values, price: ' ' }, t)).toEqual({ price: 'Vul dit veld in.' });
  });

  it('asks for a weekday, a name and an end time after the start time', () => {
    const values = {
      ...productFormValues(undefined, 'nl'),
      price: '7',
      startTime: '13:00',
      endTime: '12:00',
    };
    const errors = validateProduct({ ...values, weekdays: [] }, i18n.t);
    expect(Object.keys(errors).sort()).toEqual(['endTime', 'name', 'weekdays']);
    expect(errors.endTime).toBe('De eindtijd moet na de begintijd liggen.');
    expect(errors.weekdays).toBe('Kies minstens één dag.');
  });

  it('puts the server’s field errors on the form’s fields', () => {
    expect(productFormPath('priceCents')).toBe('price');
    expect(productFormPath('groupIds.3')).toBe('groupIds');
    expect(productFormPath('weekdays.0')).toBe('weekdays');
    expect(productFormPath('endTime')).toBe('endTime');
  });
});
