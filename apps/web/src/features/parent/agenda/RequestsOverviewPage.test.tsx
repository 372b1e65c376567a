import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { requestLine } from './test-data.ts';

describe('Aanvragenoverzicht', () => {
  it('lists lines with status, cancels a period after a confirmation and says why others cannot be', async () => {
    let cancelled = false;
    const open = requestLine({ periodLines: 3 });
    const decided = requestLine({
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d09',
      date: '2026-12-02',
      status: 'rejected',
      reason: 'De groep is vol',
      cancel: { allowed: false, refusal: 'not_pending', deadline: null },
    });
    const requests = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/requests': () => ({
        status: 200,
        body: {
          lines: [
            cancelled
              ? {
                  ...open,
                  status: 'cancelled',
                  cancel: { allowed: false, refusal: 'not_pending', deadline: null },
                }
              : open,
            decided,
          ],
          nextBefore: null,
        },
      }),
      [`POST /api/v1/request-lines/${open.id}/cancel`]: () => {
        cancelled = true;
        return { status: 200, body: { lines: [{ ...open, status: 'cancelled' }] } };
      },
    });
    renderApp('/agenda/aanvragen');

    const [first, second] = await screen.findAllByTestId('request-line');
    if (!first || !second) throw new Error('lines missing');
    expect(first.textContent).toContain('In aanvraag');
    expect(first.textContent).toContain('Extra opvang');
    expect(second.textContent).toContain('Al beoordeeld');
    expect(within(second).queryByRole('button', { name: /annuleren/ })).toBeNull();

    fireEvent.click(within(first).getByRole('button', { name: /annuleren/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Aanvraag annuleren' });
    expect(dialog.textContent).toContain('alle 3 dagen van Noortje de Vries');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, annuleren' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('request-line')[0]?.textContent).toContain('Geannuleerd'),
    );
    expect(requests.some((r) => r.path.endsWith('/cancel'))).toBe(true);
  });
});
