import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const placement = {
  id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01',
  groupId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b02',
  groupName: 'Hamsters verticaal',
  locationName: 'Haarlem',
  placementType: 'Flexibel 52 weken',
  startDate: '2025-01-06',
  endDate: null,
};

describe('Mijn kind', () => {
  it('lists the family’s children with group and location under the page title', async () => {
    const requests = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/children': () => ({
        status: 200,
        body: {
          children: [
            {
              id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b11',
              firstName: 'Noortje',
              lastName: 'de Vries',
              birthDate: '2024-05-12',
              placements: [placement],
            },
            {
              id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b12',
              firstName: 'Ties',
              lastName: 'de Vries',
              birthDate: '2019-03-03',
              placements: [],
            },
          ],
        },
      }),
    });
    renderApp('/mijn-kind');

    expect(await screen.findByRole('heading', { name: 'Mijn kind', level: 1 })).toBeTruthy();
    const children = await screen.findAllByTestId('my-child');
    expect(children).toHaveLength(2);
    const [noortje, ties] = children as [HTMLElement, HTMLElement];
    expect(within(noortje).getByRole('heading', { name: 'Noortje de Vries' })).toBeTruthy();
    expect(noortje.textContent).toContain('Hamsters verticaal · Haarlem');
    expect(ties.textContent).toContain('Er is nog geen opvang gepland.');
    // "Afwezig melden" opens the absence flow for today with the child chosen; a child without care has none.
    const report = within(noortje).getByRole('link', { name: 'Noortje afwezig melden' });
    expect(report.getAttribute('href')).toMatch(
      /^\/agenda\/afwezigheid\?kind=6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b11&datum=\d{4}-\d{2}-\d{2}$/,
    );
    expect(within(ties).queryByRole('link', { name: /afwezig melden/ })).toBeNull();
    // No photo (404): the initial shows instead, and the page does not fail.
    expect(requests.some((request) => request.path.endsWith('/photo'))).toBe(true);
    expect(screen.queryByText('Komt binnenkort')).toBeNull();
  });
});
