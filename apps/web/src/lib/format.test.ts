import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, formatShortDate, fullName } from './format.ts';

describe('formatting dates and names', () => {
  it('writes a date with its weekday, the same day in any time zone', () => {
    expect(formatLongDate('2026-04-27', 'nl')).toBe('maandag 27 april 2026');
    expect(formatLongDate('2026-04-27', 'en')).toBe('Monday, 27 April 2026');
  });

  it('writes a calendar date long or short, never shifted to the day before', () => {
    expect(formatDate('2026-09-01', 'nl')).toBe('1 september 2026');
    expect(formatDate('2026-09-01', 'en')).toBe('1 September 2026');
    expect(formatShortDate('2026-09-01', 'nl')).toBe('01-09-2026');
    expect(formatShortDate('2026-09-01', 'en')).toBe('01/09/2026');
  });

  it('writes a name as first name, then last name', () => {
    expect(fullName({ firstName: 'Noortje', lastName: 'de Vries' })).toBe('Noortje de Vries');
  });
});
