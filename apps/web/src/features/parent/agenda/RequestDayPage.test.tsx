import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { OCHTEND, optionsFor, requestLine } from './test-data.ts';

const me = () => ({ status: 200, body: meFor(guardianAccount) });

describe('Dag aanvragen', () => {
  it('shows the day parts with price, the others with their reason, and submits once with a key', async () => {
    let attempts = 0;
    const requests = mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/requests/options': () => ({ status: 200, body: optionsFor([{ date: '2099-12-01' }]) }),
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
});
