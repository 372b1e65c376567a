import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.ts';

const NOW = new Date('2026-03-12T14:30:00Z').getTime();
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('relativeTime', () => {
  it('says how long ago, up to yesterday, then the date and time', () => {
    expect(relativeTime(ago(20_000), NOW, 'nl', 'zojuist')).toBe('zojuist');
    expect(relativeTime(ago(5 * 60_000), NOW, 'nl', 'zojuist')).toBe('5 minuten geleden');
    expect(relativeTime(ago(3 * 3_600_000), NOW, 'nl', 'zojuist')).toBe('3 uur geleden');
    expect(relativeTime(ago(30 * 3_600_000), NOW, 'nl', 'zojuist')).toBe('gisteren');
    expect(relativeTime(ago(3 * 86_400_000), NOW, 'nl', 'zojuist')).toBe('9 maart 2026 om 15:30');
    expect(relativeTime(ago(3 * 3_600_000), NOW, 'en', 'just now')).toBe('3 hours ago');
  });

  it('shows the date and time for a moment in the future (a clock that is off)', () => {
    expect(relativeTime(ago(-60_000), NOW, 'nl', 'zojuist')).toBe('12 maart 2026 om 15:31');
  });
});
