import type { Placement } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import {
  changeBody,
  checkChange,
  checkPlacement,
  type DayProduct,
  daysBody,
  daysFrom,
  emptyDays,
  formPathOf,
  productsOn,
  weekdaysOffered,
} from './placement-form.ts';

const weekdays: DayProduct = { id: 'p-week', name: 'Hele dag', weekdays: [1, 2, 3, 4, 5] };
const mornings: DayProduct = { id: 'p-mon', name: 'Ochtend', weekdays: [1, 3] };
const saturday: DayProduct = { id: 'p-sat', name: 'Zaterdag', weekdays: [6] };

describe('placement form model', () => {
  it('sends only the weekdays with a product, Monday first, and reads them back', () => {
    const days = emptyDays();
    days[2] = { weekday: 3, careProductId: 'p-mon' };
    days[0] = { weekday: 1, careProductId: 'p-week' };
    const body = daysBody(days);
    expect(body).toEqual([
      { weekday: 1, careProductId: 'p-week' },
      { weekday: 3, careProductId: 'p-mon' },
    ]);
    expect(daysFrom(body)).toEqual(days);
  });

  it('offers Monday to Friday, and a weekend day only when a product has it', () => {
    expect(weekdaysOffered([weekdays])).toEqual([1, 2, 3, 4, 5]);
    expect(weekdaysOffered([weekdays, saturday])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(productsOn([weekdays, mornings, saturday], 3).map((p) => p.id)).toEqual(['p-week', 'p-mon']);
  });

  it('maps the server’s day paths (of the sent days) to the form’s weekday rows', () => {
    const sent = [{ weekday: 2 }, { weekday: 4 }];
    expect(formPathOf('days.1.careProductId', sent)).toBe('days.3.careProductId');
    expect(formPathOf('days.0', sent)).toBe('days.1');
    expect(formPathOf('days', sent)).toBe('days');
    expect(formPathOf('days.7.careProductId', sent)).toBe('days');
    expect(formPathOf('startDate', sent)).toBe('startDate');
  });

  it('asks for at least one day and an end not before the start', () => {
    expect(checkPlacement({ days: emptyDays(), startDate: '2026-09-01', endDate: '2026-08-31' })).toEqual({
      days: 'required',
      endDate: 'date_order',
    });
    const days = daysFrom([{ weekday: 1, careProductId: 'p-week' }]);
    expect(checkPlacement({ days, startDate: '2026-09-01', endDate: '' })).toEqual({});
    expect(checkPlacement({ days, startDate: '2026-09-01', endDate: '2026-09-01' })).toEqual({});
  });
});

const running: Placement = {
  id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a21',
  groupId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a22',
  groupName: 'Hamsters',
  locationId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a23',
  locationName: 'Haarlem',
  placementType: 'Flexibel 52 weken',
  startDate: '2025-01-06',
  endDate: null,
  state: 'current',
  previousPlacementId: null,
  days: [
    { weekday: 3, careProductId: 'p-mon', careProductName: 'Ochtend' },
    { weekday: 1, careProductId: 'p-week', careProductName: 'Hele dag' },
  ],
};

describe('changing a placement from a date on', () => {
  it('sends only what changed, with the date a running placement changes from', () => {
    const days = daysFrom(running.days);
    expect(
      changeBody(running, { placementType: 'Flexibel 52 weken ', days, effectiveFrom: '2026-03-02' }),
    ).toEqual({
      effectiveFrom: '2026-03-02',
    });
    days[4] = { weekday: 5, careProductId: 'p-week' };
    expect(changeBody(running, { placementType: 'Vast', days, effectiveFrom: '2026-03-02' })).toEqual({
      placementType: 'Vast',
      days: [
        { weekday: 1, careProductId: 'p-week' },
        { weekday: 3, careProductId: 'p-mon' },
        { weekday: 5, careProductId: 'p-week' },
      ],
      effectiveFrom: '2026-03-02',
    });
  });

  it('changes a placement that has not started in place, without a date', () => {
    const planned: Placement = { ...running, state: 'planned', startDate: '2026-09-07' };
    expect(
      changeBody(planned, {
        placementType: 'Vast',
        days: daysFrom(planned.days),
        effectiveFrom: '2026-03-02',
      }),
    ).toEqual({ placementType: 'Vast' });
  });

  it('asks for at least one day, and for the date only when the placement is running', () => {
    const values = { placementType: 'Vast', days: emptyDays(), effectiveFrom: '' };
    expect(checkChange(values, true)).toEqual({ days: 'required', effectiveFrom: 'required' });
    expect(checkChange(values, false)).toEqual({ days: 'required' });
    const days = daysFrom(running.days);
    expect(checkChange({ ...values, days, effectiveFrom: '2026-03-02' }, true)).toEqual({});
  });
});
