import type { ChildCareDays, ChildFile, Me, PlannedCareDay } from '@nestje/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../../test/fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { NOORTJE } from '../../../parent/agenda/test-data.ts';

const LOCATION = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01';
const HAMSTERS = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b11';
const LINE = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d01';

const file: ChildFile = {
  child: {
    id: NOORTJE,
    firstName: 'Noortje',
    lastName: 'de Vries',
    birthDate: '2023-03-01',
    location: { id: LOCATION, name: 'Haarlem' },
    mentor: null,
    externalRef: null,
    photoUpdatedAt: null,
  },
  guardians: [],
  placements: [
    {
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e01',
      groupId: HAMSTERS,
      groupName: 'Hamsters',
      locationId: LOCATION,
      locationName: 'Haarlem',
      placementType: 'Vast',
      startDate: '2025-01-06',
      endDate: null,
      state: 'current',
      previousPlacementId: null,
      days: [{ weekday: 1, careProductId: LINE, careProductName: 'Hele dag' }],
    },
  ],
  permittedActions: [],
};

function day(date: string, overrides: Partial<PlannedCareDay> = {}): PlannedCareDay {
  return {
    date,
    groupId: HAMSTERS,
    groupName: 'Hamsters',
    locationName: 'Haarlem',
    productName: 'Hele dag',
    startTime: '07:30',
    endTime: '18:30',
    source: 'contract',
    lineId: null,
    absence: null,
    ...overrides,
  };
}

// Four weeks from Monday 2 March 2026: nothing in the third week (a closing day), an absence, an extra afternoon
// and a swapped morning.
const firstPage: ChildCareDays = {
  from: '2026-03-02',
  to: '2026-03-29',
  days: [
    day('2026-03-02'),
    day('2026-03-09', { absence: { lineId: LINE, reason: 'sick' } }),
    day('2026-03-10', { source: 'extra', lineId: LINE, productName: 'Middag', startTime: '13:00' }),
    day('2026-03-25', { source: 'swap', lineId: LINE, productName: 'Ochtend', endTime: '13:00' }),
  ],
  nextFrom: '2026-03-30',
};
const secondPage: ChildCareDays = {
  from: '2026-03-30',
  to: '2026-04-26',
  days: [day('2026-03-30')],
  nextFrom: '2026-04-27',
};

function mockChild(roles: Me['account']['roles']) {
  const pages = [firstPage, secondPage];
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: meFor(staffAccount, [staffAccount], roles) }),
    [`GET /api/v1/children/${NOORTJE}/file`]: () => ({ status: 200, body: file }),
    [`GET /api/v1/children/${NOORTJE}/care-days`]: () => ({ status: 200, body: pages.shift() }),
  });
}

const rowsOf = (week: HTMLElement) =>
  within(week)
    .queryAllByTestId('planned-day')
    .map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent));

/** The query strings the planning was fetched with. */
const planningQueries = () =>
  vi
    .mocked(fetch)
    .mock.calls.map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname.endsWith('/care-days'))
    .map((url) => url.search);

describe('Planning in the child file', () => {
  it('shows group staff the coming four weeks per week with the marks the data gives, and four more on "Meer"', async () => {
    mockChild([{ role: 'group_staff', locationId: null, groupId: HAMSTERS }]);
    renderApp(`/beheer/gezinnen/kinderen/${NOORTJE}`);
    const section = await screen.findByTestId('child-planning');
    const weeks = await within(section).findAllByTestId('planned-week');
    expect(weeks.map((w) => w.querySelector('p')?.textContent)).toEqual([
      'Week van maandag 2 maart 2026',
      'Week van maandag 9 maart 2026',
      'Week van maandag 16 maart 2026',
      'Week van maandag 23 maart 2026',
    ]);
    const [first, second, third, fourth] = weeks as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(rowsOf(first)).toEqual([['ma 2 mrt', '07:30–18:30', 'Hamsters', 'Hele dag', '']]);
    expect(rowsOf(second)).toEqual([
      ['ma 9 mrt', '07:30–18:30', 'Hamsters', 'Hele dag', 'Afwezig: ziek'],
      ['di 10 mrt', '13:00–18:30', 'Hamsters', 'Middag', 'Extra dag'],
    ]);
    expect(rowsOf(third)).toEqual([]);
    expect(within(third).getByText('Geen opvang gepland.')).toBeTruthy();
    expect(rowsOf(fourth)).toEqual([['wo 25 mrt', '07:30–13:00', 'Hamsters', 'Ochtend', 'Ruildag']]);
    // Group staff do not plan: no day overview.
    expect(within(section).queryByRole('link', { name: /Dagoverzicht/ })).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: 'Meer' }));
    await waitFor(() => expect(within(section).getAllByTestId('planned-week')).toHaveLength(8));
    const fifth = within(section).getAllByTestId('planned-week')[4] as HTMLElement;
    expect(rowsOf(fifth)).toEqual([['ma 30 mrt', '07:30–18:30', 'Hamsters', 'Hele dag', '']]);
    expect(planningQueries()).toEqual(['?days=28', '?days=28&from=2026-03-30']);
  });

  it('gives planners the day overview of the child’s groups next to the planned days', async () => {
    mockChild([{ role: 'planner', locationId: LOCATION, groupId: null }]);
    renderApp(`/beheer/gezinnen/kinderen/${NOORTJE}`);
    const section = await screen.findByTestId('child-planning');
    const link = await within(section).findByRole('link', { name: /Dagoverzicht van Hamsters/ });
    expect(link.getAttribute('href')).toMatch(`/beheer/aanvragen/dagoverzicht?groep=${HAMSTERS}&datum=`);
    expect(await within(section).findAllByTestId('planned-week')).toHaveLength(4);
  });
});
