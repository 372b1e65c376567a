import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../../../lib/format.ts';
import { centsToEuroInput, euroInputToCents } from './money.ts';

describe('euros typed in a form, as cents', () => {
  it.each([
    ['12,50', 1250],
    ['12.50', 1250],
    ['12', 1200],
    ['12,5', 1250],
    ['0,29', 29],
    ['0.07', 7],
    ['€ 8,95', 895],
    ['€8.95', 895],
    [' 3,10 ', 310],
    ['1.250', 125000],
    ['1.250,00', 125000],
    ['1,250.75', 125075],
    ['12.500.000', 1250000000],
    ['12,', 1200],
  ])('reads %j as %i cents', (input, cents) => {
    expect(euroInputToCents(input)).toBe(cents);
  });

  it.each(['', 'abc', '12,345', '1,2,3', '-5', '12,50 euro', '1.25.0', '12.5,5,5', '.50', '1..2'])(
    'refuses %j',
    (input) => {
      expect(euroInputToCents(input)).toBeNull();
    },
  );

  it('never loses a cent to floating point', () => {
    for (let cents = 0; cents < 1000; cents++) {
      expect(euroInputToCents(centsToEuroInput(cents, 'nl'))).toBe(cents);
      expect(euroInputToCents(centsToEuroInput(cents, 'en'))).toBe(cents);
    }
  });
});

describe('cents shown as euros', () => {
  it('shows a field value with the language’s decimal separator', () => {
    expect(centsToEuroInput(1250, 'nl')).toBe('12,50');
    expect(centsToEuroInput(7, 'en')).toBe('0.07');
    expect(centsToEuroInput(120000, 'nl')).toBe('1200,00');
  });

  it('shows prices with the euro sign in the reader’s language', () => {
    expect(formatEuros(895, 'nl').replace(/\s/g, ' ')).toBe('€ 8,95');
    expect(formatEuros(125000, 'en')).toBe('€1,250.00');
  });
});
