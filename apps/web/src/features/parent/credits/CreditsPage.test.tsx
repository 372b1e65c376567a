import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { TIES } from '../agenda/test-data.ts';
import { CREDIT_B, credit, LINE } from './test-data.ts';

const me = () => ({ status: 200, body: meFor(guardianAccount) });

const used = credit({
  remaining: 150,
  entries: [
    ...credit().entries,
    {
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1f02',
      kind: 'use',
      amount: -330,
      at: '2026-11-10T10:00:00+01:00',
      reason: '',
      requestLine: { id: LINE, date: '2026-12-02', startTime: '07:30', endTime: '13:00', status: 'pending' },
    },
  ],
});
const expired = credit({
  id: CREDIT_B,
  childId: TIES,
  childName: 'Ties de Vries',
  unit: 'points',
  source: 'compensation',
  description: '',
  initial: 2,
  remaining: 2,
  state: 'expired',
  weekType: 'holiday',
});

describe('Tegoeden', () => {
  it('shows per child each credit with what is left, its state, its week type and its uses', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/credits': () => ({ status: 200, body: { credits: [expired, used] } }),
    });
    renderApp('/overig/tegoeden');
    const [noortje, ties] = await screen.findAllByTestId('credits-child');
    if (!noortje || !ties) throw new Error('children missing');
    expect(within(noortje).getByRole('heading', { name: 'Noortje de Vries' })).toBeTruthy();
    expect(within(noortje).getByTestId('credit-remaining').textContent).toBe('2 uur 30 over van 8 uur');
    expect(within(noortje).getByTestId('credit-state').textContent).toBe('Bruikbaar');
    expect(within(noortje).getByTestId('credit-entry').textContent).toMatch(
      /Ingezet voor 2 december 2026, 07:30–13:00− 5 uur 30IN AANVRAAG/i,
    );
    expect(within(ties).getByTestId('credit-state').textContent).toBe('Verlopen');
    expect(within(ties).getByTestId('credit-remaining').textContent).toBe('2 punten over van 2 punten');
    expect(within(ties).getByText('Alleen in vakantieweken')).toBeTruthy();
    expect(within(ties).getByRole('heading', { name: 'Compensatie' })).toBeTruthy();
  });

  it('says so when there are none', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/credits': () => ({ status: 200, body: { credits: [] } }),
    });
    renderApp('/overig/tegoeden');
    expect(await screen.findByTestId('credits-empty')).toBeTruthy();
  });

  it('shows no Functies on Overig where the organisation does not work with credits', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({
        status: 200,
        body: { ...meFor(guardianAccount), features: { video: false, credits: false, observations: false } },
      }),
      'GET /api/v1/credits': () => ({ status: 200, body: { credits: [] } }),
    });
    renderApp('/overig');
    expect(await screen.findByRole('heading', { name: 'Overig', level: 1 })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link', { name: 'Tegoeden' })).toBeNull();
  });

  it('links from Overig under Functies where the organisation works with credits', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/credits': () => ({ status: 200, body: { credits: [used, expired] } }),
    });
    renderApp('/overig');
    const link = await screen.findByRole('link', { name: 'Tegoeden' });
    expect(link.getAttribute('href')).toBe('/overig/tegoeden');
    expect(await screen.findByText('1 bruikbaar tegoed')).toBeTruthy();
  });
});
