import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from './today.ts';

describe('today in Amsterdam', () => {
  it('takes today in Amsterdam, not in UTC or the browser’s zone', () => {
    // 23:30 UTC on 28 March 2026 is already 29 March in Amsterdam (UTC+1).
    expect(todayInAmsterdam(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    // 22:30 UTC on 29 March is 00:30 on the 30th in summer time (UTC+2).
    expect(todayInAmsterdam(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(todayInAmsterdam(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-29');
  });
});
