import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { CREDIT_A, CREDIT_B, credit, creditOption, withCredits } from '../credits/test-data.ts';
import { NOORTJE, OCHTEND, optionsFor, requestLine, TIES } from './test-data.ts';

const me = () => ({ status: 200, body: meFor(guardianAccount) });

describe('Dag aanvragen', () => {
  it('shows the day parts with price, the others with their reason, and submits once with a key', async () => {
    let attempts = 0;
    const requests = mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/requests/options': () => ({
        status: 200,
        body: optionsFor([{ date: '2099-12-01' }]),
      }),
      'POST /api/v1/requests': () => {
        attempts += 1;
        // The first attempt: the group filled up meanwhile; the answer names the child's day part.
        if (attempts === 1)
          return apiError(400, 'validation_failed', [
            { path: 'bookings.0.children.0.careProductId', code: 'full' },
          ]);
        return {
          status: 201,
          body: { requestId: requestLine().requestId, lines: [requestLine()], skipped: [] },
        };
      },
      'GET /api/v1/requests': () => ({ status: 200, body: { lines: [requestLine()], nextBefore: null } }),
    });
    const { router } = renderApp('/agenda/dag-aanvragen');

    fireEvent.change(await screen.findByLabelText(/^Datum/), { target: { value: '2099-12-01' } });
    const noortje = (await screen.findAllByTestId('request-child')).find((c) =>
      c.textContent?.includes('Noortje'),
    );
    if (!noortje) throw new Error('no Noortje');
    const ochtend = within(noortje).getByRole('radio', { name: /Incidentele ochtend/ });
    expect(noortje.textContent).toMatch(/€\s57,86/);
    expect(within(noortje).getByRole('radio', { name: /Incidentele hele dag/ })).toHaveProperty(
      'disabled',
      true,
    );
    expect(noortje.textContent).toContain('Vol');
    expect(screen.getByText('Alleen in vakantieweken')).toBeTruthy();
    // Nothing chosen yet: "als geheel beoordelen" says why it cannot be ticked.
    expect(screen.getByLabelText('Als geheel beoordelen')).toHaveProperty('disabled', true);
    expect(screen.getByText('Kies eerst een dagdeel voor een kind.')).toBeTruthy();

    fireEvent.click(ochtend);
    expect(screen.getByLabelText('Als geheel beoordelen')).toHaveProperty('disabled', false);
    expect(screen.getByTestId('request-summary').textContent).toMatch(/Totaal: €\s57,86/);
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    expect(await within(noortje).findByText('De groep is vol.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/agenda/aanvragen'));
    expect(await screen.findByText(/Je aanvraag is ingediend/)).toBeTruthy();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    // The same request sent again goes with the same key, so the server creates it once.
    expect(posts[0]?.headers.get('idempotency-key')).toBeTruthy();
    expect(posts[1]?.headers.get('idempotency-key')).toBe(posts[0]?.headers.get('idempotency-key'));
    expect(posts[1]?.body).toMatchObject({
      bookings: [{ from: '2099-12-01', to: '2099-12-01', children: [{ careProductId: OCHTEND }] }],
      expiresOn: null,
    });
  });

  it('explains per day part on how many dates of a period it is possible', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/requests/options': () => ({
        status: 200,
        body: optionsFor([{ date: '2099-12-01' }, { date: '2099-12-02', ochtend: ['full'] }]),
      }),
    });
    renderApp('/agenda/dag-aanvragen');
    fireEvent.click(await screen.findByText('Periode'));
    fireEvent.change(screen.getByLabelText(/^Van/), { target: { value: '2099-12-01' } });
    fireEvent.change(screen.getByLabelText(/^Tot en met/), { target: { value: '2099-12-02' } });
    expect((await screen.findAllByText('Mogelijk op 1 van de 2 dagen')).length).toBeGreaterThan(0);
    // Noortje's two day parts are both full on the second date.
    expect(screen.getAllByText('wo 2 dec: Vol')).toHaveLength(2);
    expect(screen.getByText(/Alleen voor een aanvraag voor één dag/)).toBeTruthy();
  });

  it('pays with the suggested credit, says what it does to it, and shows a refusal at the payment', async () => {
    let attempts = 0;
    const requests = mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/requests/options': () => ({
        status: 200,
        body: withCredits(optionsFor([{ date: '2099-12-01' }]), NOORTJE, OCHTEND, [
          creditOption({ remaining: 480, validUntil: '2099-12-31' }),
        ]),
      }),
      'GET /api/v1/credits': () => ({
        status: 200,
        body: {
          credits: [
            credit({ validUntil: '2099-12-31' }),
            credit({
              id: CREDIT_B,
              childId: TIES,
              childName: 'Ties de Vries',
              weekType: 'holiday',
              validUntil: '2099-12-31',
            }),
          ],
        },
      }),
      'POST /api/v1/requests': () => {
        attempts += 1;
        if (attempts === 1)
          return apiError(400, 'validation_failed', [
            { path: 'bookings.0.children.0.payment', code: 'credit_insufficient' },
          ]);
        return {
          status: 201,
          body: { requestId: requestLine().requestId, lines: [requestLine()], skipped: [] },
        };
      },
      'GET /api/v1/requests': () => ({ status: 200, body: { lines: [requestLine()], nextBefore: null } }),
    });
    renderApp('/agenda/dag-aanvragen');
    fireEvent.change(await screen.findByLabelText(/^Datum/), { target: { value: '2099-12-01' } });
    const [noortje, ties] = await screen.findAllByTestId('request-child');
    if (!noortje || !ties) throw new Error('children missing');
    fireEvent.click(within(noortje).getByRole('radio', { name: /Incidentele ochtend/ }));
    const suggested = within(noortje).getByRole('radio', {
      name: /Tegoed – Compensatie: Sluiting door storing/,
    });
    expect(suggested).toHaveProperty('checked', true);
    expect(noortje.textContent).toContain('Van je tegoed gaat 5 uur 30 af; er blijft 2 uur 30 over.');
    expect(screen.getByTestId('request-summary').textContent).toContain('betaling met tegoed');
    expect(screen.getByTestId('request-summary').textContent).toMatch(/Totaal: €\s0,00/);
    // Ties's credit is for holiday weeks only: invoice, and why.
    fireEvent.click(within(ties).getByRole('radio', { name: /Incidentele Korte middag/ }));
    expect(
      await within(ties).findByText(/Geen tegoed bruikbaar voor deze opvang: niet voor dit soort week/),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    expect(await within(noortje).findByText(/niet meer toereikend/)).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      bookings: [
        {
          children: [
            { childId: NOORTJE, payment: { method: 'credit', creditId: CREDIT_A } },
            { childId: TIES, payment: { method: 'invoice' } },
          ],
        },
      ],
    });
    // Choosing the invoice instead.
    fireEvent.click(within(noortje).getByRole('radio', { name: 'Factuur' }));
    expect(within(noortje).queryByText(/niet meer toereikend/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(requests.filter((r) => r.method === 'POST')[1]?.body).toMatchObject({
      bookings: [{ children: [{ payment: { method: 'invoice' } }, { payment: { method: 'invoice' } }] }],
    });
  });
});
