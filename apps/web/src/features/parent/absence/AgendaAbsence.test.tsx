import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { HAMSTERS, NOORTJE, TIES } from './test-data.ts';

const item = (absence: { lineId: string; reason: 'sick' | 'holiday' | 'other' } | null) => ({
  kind: 'care',
  childId: NOORTJE,
  groupId: HAMSTERS,
  groupName: 'Hamsters verticaal',
  locationName: 'Haarlem',
  productName: '52 weken flexibel middag',
  startTime: '12:30',
  endTime: '18:30',
  source: 'contract',
  lineId: null,
  status: null,
  absence,
});

describe('absences in the agenda', () => {
  it('marks care reported absent, strikes its times through and says so in the details', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/agenda': () => ({
        status: 200,
        body: {
          children: [
            { id: NOORTJE, firstName: 'Noortje', lastName: 'de Vries' },
            { id: TIES, firstName: 'Ties', lastName: 'de Vries' },
          ],
          days: [
            {
              date: '2027-02-01',
              items: [item({ lineId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e01', reason: 'sick' })],
              closures: [],
            },
            { date: '2027-02-03', items: [item(null)], closures: [] },
          ],
          nextFrom: '2027-03-01',
        },
      }),
    });
    renderApp('/agenda');

    expect((await screen.findByRole('link', { name: 'Afwezigheid doorgeven' })).getAttribute('href')).toBe(
      '/agenda/afwezigheid',
    );
    const [absent, present] = (await screen.findAllByTestId('agenda-item')) as [HTMLElement, HTMLElement];
    expect(within(absent).getByTestId('absence-badge').textContent).toBe('Afwezig: ziek');
    expect(absent.getAttribute('aria-label')).toContain('Afwezig: ziek');
    expect(within(present).queryByTestId('absence-badge')).toBeNull();
    expect(
      within(absent)
        .getByText(/12:30–18:30/)
        .getAttribute('style') ?? '',
    ).toContain('line-through');

    fireEvent.click(absent);
    const details = await screen.findByTestId('agenda-details');
    expect(details.textContent).toContain('Afwezig gemeld');
    expect(details.textContent).toContain('Ziek');
    expect(within(details).getByRole('link', { name: 'Naar het aanvragenoverzicht' })).toBeTruthy();
  });
});
