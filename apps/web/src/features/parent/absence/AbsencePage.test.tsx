import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { absenceLine, NOORTJE, optionsWith, part, tiesTuesday } from './test-data.ts';

const DATE = '2027-02-01';

describe('Afwezigheid doorgeven', () => {
  it('preselects the child from Mijn kind, says what yields a credit, shows server errors at their part and confirms in the overview', async () => {
    const [vso, bso] = tiesTuesday(DATE);
    if (!vso || !bso) throw new Error('parts missing');
    let posts = 0;
    const requests = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/absences/options': () => ({
        status: 200,
        body: optionsWith([
          part({ date: DATE }),
          part({
            date: DATE,
            startTime: '07:30',
            endTime: '12:30',
            productName: '52 weken flexibel ochtend',
            credit: null,
            creditDeadline: '2020-01-01T07:30:00+01:00',
          }),
          { ...vso, unavailable: 'past' },
          bso,
        ]),
      }),
      'POST /api/v1/absences': () => {
        posts += 1;
        if (posts === 1) return apiError(400, 'validation_failed', [{ path: 'parts.2', code: 'absent' }]);
        return { status: 201, body: { absenceId: absenceLine().absenceId, lines: [absenceLine()] } };
      },
      'GET /api/v1/requests': () => ({ status: 200, body: { lines: [], nextBefore: null } }),
      'GET /api/v1/absences': () => ({ status: 200, body: { lines: [absenceLine()], nextBefore: null } }),
    });
    renderApp(`/agenda/afwezigheid?kind=${NOORTJE}&datum=${DATE}`);

    expect(await screen.findByRole('heading', { name: 'Afwezigheid doorgeven', level: 1 })).toBeTruthy();
    const [noortje, ties] = (await screen.findAllByTestId('absence-child')) as [HTMLElement, HTMLElement];
    // Noortje's day parts are chosen already: the whole day.
    const middag = within(noortje).getByRole('checkbox', { name: /12:30–18:30/ }) as HTMLInputElement;
    expect(middag.checked).toBe(true);
    expect((within(noortje).getByRole('checkbox', { name: /Hele dag/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    // Ties's VSO has ended: disabled, with the reason.
    expect((within(ties).getByRole('checkbox', { name: /07:00–08:30/ }) as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(ties.textContent).toContain('Al voorbij');

    const summary = screen.getByTestId('absence-summary');
    expect(summary.textContent).toContain('Levert een tegoed op van 6 uur, geldig tot 1 maart 2027.');
    expect(summary.textContent).toContain('Levert geen tegoed op: te laat gemeld');

    // "Hele dag" for Ties takes the part that can still be reported.
    fireEvent.click(within(ties).getByRole('checkbox', { name: /Hele dag/ }));
    expect((within(ties).getByRole('checkbox', { name: /15:00–18:30/ }) as HTMLInputElement).checked).toBe(
      true,
    );

    // A reason is required.
    fireEvent.click(screen.getByRole('button', { name: 'Doorgeven' }));
    expect(await screen.findByText('Kies een reden.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Ziek' }));
    fireEvent.click(screen.getByRole('button', { name: 'Doorgeven' }));
    // The server says Ties's BSO was reported already: the message shows at that part.
    expect(await within(ties).findByText('Dit dagdeel is al afwezig gemeld.')).toBeTruthy();
    const first = requests.find((r) => r.method === 'POST');
    expect(first?.headers.get('Idempotency-Key')).toBeTruthy();
    expect((first?.body as { parts: unknown[] } | undefined)?.parts).toHaveLength(3);

    fireEvent.click(within(ties).getByRole('checkbox', { name: /15:00–18:30/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Doorgeven' }));
    expect(await screen.findByTestId('absence-registered')).toBeTruthy();
    expect(screen.getByTestId('absence-registered').textContent).toContain('1 dagdeel is geregistreerd');
    const line = await screen.findByTestId('absence-line');
    expect(line.textContent).toContain('Geregistreerd');
    expect(line.textContent).toContain('Afwezigheid (ziek)');
    expect(line.textContent).toContain('Tegoed: 6 uur');
    const second = requests.filter((r) => r.method === 'POST')[1];
    expect((second?.body as { parts: unknown[] } | undefined)?.parts).toHaveLength(2);
  });

  it('cancels an absence after a confirmation and says why another cannot be', async () => {
    let cancelled = false;
    const open = absenceLine();
    const used = absenceLine({
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e05',
      date: '2027-02-08',
      cancel: { allowed: false, refusal: 'credit_used', deadline: null },
    });
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/requests': () => ({ status: 200, body: { lines: [], nextBefore: null } }),
      'GET /api/v1/absences': () => ({
        status: 200,
        body: {
          lines: [
            cancelled
              ? {
                  ...open,
                  status: 'cancelled',
                  cancel: { allowed: false, refusal: 'not_registered', deadline: null },
                }
              : open,
            used,
          ],
          nextBefore: null,
        },
      }),
      [`POST /api/v1/absence-lines/${open.id}/cancel`]: () => {
        cancelled = true;
        return { status: 200, body: { line: { ...open, status: 'cancelled' } } };
      },
    });
    renderApp('/agenda/aanvragen');

    const [first, second] = (await screen.findAllByTestId('absence-line')) as [HTMLElement, HTMLElement];
    expect(second.textContent).toContain('annuleer eerst de aanvraag');
    expect(within(second).queryByRole('button', { name: /annuleren/ })).toBeNull();

    fireEvent.click(within(first).getByRole('button', { name: /Details/ }));
    const details = await screen.findByTestId('absence-details');
    expect(details.textContent).toContain('Ziek');
    expect(details.textContent).toContain('nog 6 uur over');

    fireEvent.click(within(first).getByRole('button', { name: /annuleren/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Afwezigheid annuleren' });
    expect(dialog.textContent).toContain('Noortje de Vries');
    expect(dialog.textContent).toContain('vervalt');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, annuleren' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('absence-line')[0]?.textContent).toContain('Geannuleerd'),
    );
  });
});
