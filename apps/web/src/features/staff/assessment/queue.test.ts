import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { dayPartText, groupQueue, occupancyLevel, occupancyText, rejectsWholeRequest } from './queue.ts';
import { queueLine } from './test-lines.ts';

const t = i18n.t;

describe('the assessment queue', () => {
  it('groups lines by date, then location and group, each in start-time order', () => {
    const floris = { groupId: 'f', groupName: 'Floris' };
    const sections = groupQueue([
      queueLine(1, { date: '2026-09-16', childName: 'Ties de Vries', ...floris, startTime: '15:00' }),
      queueLine(2, { date: '2026-09-15', startTime: '12:30' }),
      queueLine(3, { date: '2026-09-15', childName: 'Yara El Amrani' }),
      queueLine(4, { date: '2026-09-15', ...floris }),
      queueLine(5, { date: '2026-09-15', locationId: 'a', locationName: 'Amsterdam', groupName: 'Zon' }),
    ]);
    expect(sections.map((day) => day.date)).toEqual(['2026-09-15', '2026-09-16']);
    const [first, second] = sections;
    expect(first?.groups.map((g) => `${g.locationName}/${g.groupName}`)).toEqual([
      'Amsterdam/Zon',
      'Haarlem/Floris',
      'Haarlem/Hamsters verticaal',
    ]);
    expect(first?.groups[2]?.lines.map((line) => line.startTime)).toEqual(['07:30', '12:30']);
    expect(second?.groups[0]?.lines.map((line) => line.childName)).toEqual(['Ties de Vries']);
    expect(groupQueue([])).toEqual([]);
  });

  it('says the occupancy as "12 van 14 bezet, 1 optie", in both languages', async () => {
    expect(occupancyText(t, { capacity: 14, confirmed: 12, pending: 1 })).toBe('12 van 14 bezet, 1 optie');
    expect(occupancyText(t, { capacity: 14, confirmed: 9, pending: 3 })).toBe('9 van 14 bezet, 3 opties');
    await i18n.changeLanguage('en');
    expect(occupancyText(t, { capacity: 22, confirmed: 22, pending: 2 })).toBe('22 of 22 taken, 2 pending');
  });

  it('marks a group as full once the confirmed children fill it, and tight when the options do', () => {
    expect(occupancyLevel({ capacity: 14, confirmed: 14, pending: 1 })).toBe('full');
    expect(occupancyLevel({ capacity: 14, confirmed: 15, pending: 1 })).toBe('full');
    expect(occupancyLevel({ capacity: 14, confirmed: 13, pending: 2 })).toBe('tight');
    expect(occupancyLevel({ capacity: 14, confirmed: 13, pending: 1 })).toBe('free');
    expect(occupancyLevel({ capacity: 14, confirmed: 12, pending: 1 })).toBe('free');
  });

  it('names the day part with its times, and knows when a reject takes the whole request', () => {
    expect(dayPartText(t, queueLine(1))).toBe('Incidentele ochtend 07:30–13:00');
    expect(rejectsWholeRequest(queueLine(1, { assessAsWhole: true, requestLineCount: 2 }))).toBe(true);
    expect(rejectsWholeRequest(queueLine(1, { assessAsWhole: true, requestLineCount: 1 }))).toBe(false);
    expect(rejectsWholeRequest(queueLine(1, { assessAsWhole: false, requestLineCount: 3 }))).toBe(false);
  });
});
