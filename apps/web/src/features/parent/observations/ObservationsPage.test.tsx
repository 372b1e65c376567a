import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { CHILD, OBSERVATION, observation, summary } from '../../staff/observations/test-data.ts';

const TIES = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d09';

const guardian = (observations: boolean) => {
  const me = meFor(guardianAccount);
  return { status: 200, body: { ...me, features: { ...me.features, observations } } };
};

describe('Overig → Observaties', () => {
  it('shows per child the shared observations, newest first, and opens one read-only', async () => {
    mockFetch({
      'GET /api/v1/me': () => guardian(true),
      'GET /api/v1/observations': () => ({
        status: 200,
        body: {
          children: [
            {
              id: CHILD,
              firstName: 'Noortje',
              lastName: 'de Vries',
              observations: [
                summary(),
                summary({ id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d05', observedOn: '2026-01-05' }),
              ],
            },
            { id: TIES, firstName: 'Ties', lastName: 'de Vries', observations: [] },
          ],
        },
      }),
      [`GET /api/v1/children/${CHILD}/observations/${OBSERVATION}`]: () => ({
        status: 200,
        body: observation(),
      }),
    });
    renderApp('/overig/observaties');
    const [noortje, ties] = await screen.findAllByTestId('observations-child');
    if (!noortje || !ties) throw new Error('children missing');
    const cards = within(noortje).getAllByTestId('observation-card');
    expect(cards.map((card) => card.textContent)).toEqual([
      'WelbevindenObservatie van 10 februari 2026',
      'WelbevindenObservatie van 5 januari 2026',
    ]);
    expect(ties.textContent).toContain('Nog geen gedeelde observaties.');
    fireEvent.click(within(cards[0] as HTMLElement).getByText('Welbevinden'));
    const answers = await within(noortje).findByTestId('observation-answers');
    expect(answers.textContent).toContain('Speelt het liefstBuiten');
    expect(answers.textContent).toContain('Wat ons opvielBouwt graag torens.');
    expect(within(noortje).queryByRole('switch')).toBeNull();
  });

  it('is offered on Overig under Functies only where the organisation uses observations', async () => {
    mockFetch({ 'GET /api/v1/me': () => guardian(true) });
    renderApp('/overig');
    const functions = await screen.findByRole('region', { name: 'Functies' });
    const link = within(functions).getByRole('link', { name: 'Observaties' });
    expect(link.getAttribute('href')).toBe('/overig/observaties');
  });

  it('is not offered without the feature', async () => {
    mockFetch({ 'GET /api/v1/me': () => guardian(false) });
    renderApp('/overig');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overig' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Observaties' })).toBeNull();
  });
});
