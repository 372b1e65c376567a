import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { HAMSTERS, NOORTJE, TIES } from './test-data.ts';

const care = (startTime: string, endTime: string, source: 'contract' | 'extra' = 'contract') => ({
  kind: 'care',
  childId: NOORTJE,
  groupId: HAMSTERS,
  groupName: 'Hamsters verticaal',
  locationName: 'Haarlem',
  productName: '52 weken flexibel middag',
  startTime,
  endTime,
  source,
  lineId: null,
  status: source === 'extra' ? 'approved' : null,
  absence: null,
});

const children = [
  { id: NOORTJE, firstName: 'Noortje', lastName: 'de Vries' },
  { id: TIES, firstName: 'Ties', lastName: 'de Vries' },
];

describe('Agenda', () => {
  it('shows the days with their care, a closing day, and more days on "Meer laden"', async () => {
    const requests = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/agenda': () => {
        // The request being answered is already in the list: more than one means the second page.
        const second = requests.filter((r) => r.path === '/api/v1/agenda').length > 1;
        return {
          status: 200,
          body: second
            ? {
                children,
                days: [{ date: '2026-12-28', items: [care('12:30', '18:30')], closures: [] }],
                nextFrom: '2026-12-29',
              }
            : {
                children,
                days: [
                  { date: '2026-11-30', items: [care('12:30', '18:30')], closures: [] },
                  { date: '2026-12-01', items: [], closures: [] },
                  { date: '2026-12-02', items: [care('07:30', '13:00', 'extra')], closures: [] },
                  {
                    date: '2026-12-25',
                    items: [],
                    closures: [{ locationName: 'Haarlem', description: 'Eerste Kerstdag' }],
                  },
                ],
                nextFrom: '2026-12-28',
              },
        };
      },
    });
    renderApp('/agenda');

    expect(await screen.findByRole('heading', { name: 'ma 30 nov' })).toBeTruthy();
    expect(screen.getByText('Geen opvang')).toBeTruthy();
    // An approved extra day is marked as such; a contract day is not.
    expect(screen.getAllByText('Extra dag')).toHaveLength(1);
    expect(screen.getByText('Gesloten: Eerste Kerstdag (Haarlem)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Dag aanvragen' }).getAttribute('href')).toBe(
      '/agenda/dag-aanvragen',
    );
    expect(screen.getByRole('link', { name: 'Aanvragenoverzicht' }).getAttribute('href')).toBe(
      '/agenda/aanvragen',
    );
    expect(screen.queryByRole('button', { name: /Ruildag|Afwezigheid/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByRole('heading', { name: 'ma 28 dec' })).toBeTruthy();
    const urls = requests.filter((r) => r.path === '/api/v1/agenda');
    expect(urls).toHaveLength(2);

    fireEvent.click(screen.getAllByTestId('agenda-item')[0] as HTMLElement);
    const details = await screen.findByTestId('agenda-details');
    await waitFor(() => expect(details.textContent).toContain('Contract'));
    expect(details.textContent).toContain('Haarlem');
    expect(details.textContent).toContain('12:30–18:30');
  });
});
