import type { AssessmentLine, Decision } from '@nestje/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type MockRequest, mockFetch } from '../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { haarlem } from '../setup/test-server.ts';
import { queueLine } from './test-lines.ts';

type Role = 'planner' | 'group_staff';

/** A queue on the "server": decisions that go through take their lines out; `refuse` names failures. */
function server(lines: AssessmentLine[], refuse: Record<string, string> = {}, role: Role = 'planner') {
  let queue = [...lines];
  const requests = mockFetch({
    'GET /api/v1/me': () => ({
      status: 200,
      body: meFor(staffAccount, [staffAccount], [{ role, locationId: haarlem.id, groupId: null }]),
    }),
    'GET /api/v1/locations': () => ({ status: 200, body: { locations: [haarlem] } }),
    'GET /api/v1/assessment': () => ({ status: 200, body: { lines: queue } }),
    'POST /api/v1/assessment/decisions': (request: MockRequest) => {
      const { decisions } = request.body as { decisions: Decision[] };
      const results = decisions.map(({ lineId, decision }) => {
        const error = refuse[lineId] ?? null;
        if (!error) {
          const line = queue.find((candidate) => candidate.id === lineId);
          const whole = decision === 'reject' && line?.assessAsWhole;
          queue = queue.filter(
            (candidate) => candidate.id !== lineId && !(whole && candidate.requestId === line?.requestId),
          );
        }
        const status = error ? 'pending' : decision === 'approve' ? 'approved' : 'rejected';
        return { lineId, ok: !error, error, status };
      });
      return { status: 200, body: { results } };
    },
  });
  const decisions = () =>
    requests
      .filter((request) => request.path === '/api/v1/assessment/decisions')
      .map((request) => (request.body as { decisions: Decision[] }).decisions);
  return { requests, decisions };
}

const noortje = queueLine(1, {
  comment: 'Opa is jarig',
  occupancy: { capacity: 14, confirmed: 14, pending: 2 },
});
const ties = queueLine(2, {
  childName: 'Ties de Vries',
  groupId: '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c09',
  groupName: 'Floris',
  productName: 'Incidentele Korte middag 40',
  startTime: '15:00',
  endTime: '19:00',
  occupancy: { capacity: 22, confirmed: 12, pending: 1 },
});

const lineRow = (child: string) =>
  screen.getAllByTestId('queue-line').find((row) => row.textContent?.includes(child)) as HTMLElement;

describe('assessing requests', () => {
  it('shows each line by date and group with its occupancy; approving one takes it out of the queue', async () => {
    const { decisions } = server([noortje, ties]);
    renderApp('/beheer/aanvragen');
    expect(await screen.findByRole('heading', { name: 'Aanvragen beoordelen', level: 1 })).toBeTruthy();
    await screen.findByTestId('assessment-queue');
    expect(screen.getByRole('heading', { name: 'Dinsdag 15 september 2026', level: 2 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Haarlem · Hamsters verticaal', level: 3 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Haarlem · Floris', level: 3 })).toBeTruthy();

    const row = lineRow('Noortje');
    expect(row.textContent).toContain('Incidentele ochtend');
    expect(row.textContent).toContain('07:30–13:00');
    expect(row.textContent).toContain('14 van 14 bezet, 2 opties');
    expect(row.textContent).toContain('Groep vol: goedkeuren gaat boven de capaciteit');
    expect(row.textContent).toContain('Ingediend 7 september 2026 om 09:05 door Sanne de Vries');
    expect(row.textContent).toContain('Vervalt 14 september 2026 om 07:30');
    expect(row.textContent).toContain('Opa is jarig');
    expect(lineRow('Ties').textContent).toContain('12 van 22 bezet, 1 optie');
    expect(within(lineRow('Ties')).queryByText(/Groep vol/)).toBeNull();

    fireEvent.click(within(lineRow('Ties')).getByRole('button', { name: 'Goedkeuren: Ties de Vries' }));
    expect((await screen.findByTestId('decision-result')).textContent).toContain('1 aanvraag goedgekeurd.');
    await waitFor(() => expect(screen.getAllByTestId('queue-line')).toHaveLength(1));
    expect(decisions()).toEqual([[{ lineId: ties.id, decision: 'approve' }]]);
  });

  it('asks a reason before rejecting and says when the whole request goes with it', async () => {
    const whole = { assessAsWhole: true, requestLineCount: 2, requestId: noortje.requestId };
    const { decisions } = server([
      { ...noortje, ...whole },
      { ...ties, ...whole },
    ]);
    renderApp('/beheer/aanvragen');
    await screen.findByTestId('assessment-queue');
    expect(within(lineRow('Noortje')).getByTestId('as-whole').textContent).toBe('Als geheel (2 regels)');

    fireEvent.click(within(lineRow('Noortje')).getByRole('button', { name: 'Afkeuren: Noortje de Vries' }));
    const form = await screen.findByRole('form', { name: /Afkeuren: Noortje de Vries/ });
    expect(within(form).getByTestId('whole-request-warning').textContent).toBe(
      'Deze aanvraag wordt als geheel beoordeeld: afkeuren keurt de hele aanvraag af (2 regels).',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Afkeuren' }));
    expect(await within(form).findByText('Vul een reden in.')).toBeTruthy();
    expect(decisions()).toEqual([]);

    fireEvent.change(within(form).getByLabelText(/Reden/), { target: { value: 'Geen plek voor Ties' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Afkeuren' }));
    expect((await screen.findByTestId('decision-result')).textContent).toContain('2 aanvragen afgekeurd.');
    expect(await screen.findByTestId('empty-state')).toBeTruthy();
    expect(decisions()).toEqual([
      [{ lineId: noortje.id, decision: 'reject', reason: 'Geen plek voor Ties' }],
    ]);
  });

  it('approves the chosen lines at once and names those that failed, with why', async () => {
    const { decisions } = server([noortje, ties], { [noortje.id]: 'group_full' });
    renderApp('/beheer/aanvragen');
    await screen.findByTestId('assessment-queue');
    const bar = screen.getByTestId('bulk-bar');
    expect(within(bar).getByRole('button', { name: 'Goedkeuren (0)' })).toHaveProperty('disabled', true);
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Alles selecteren' }));
    expect(within(bar).getByText('2 gekozen')).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Goedkeuren (2)' }));

    const result = await screen.findByTestId('decision-result');
    expect(result.textContent).toContain('1 aanvraag goedgekeurd.');
    expect(result.textContent).toContain('1 aanvraag niet gelukt:');
    expect(within(result).getByTestId('decision-failures').textContent).toBe(
      'Noortje de Vries, dinsdag 15 september 2026, Incidentele ochtend 07:30–13:00: Groep vol',
    );
    await waitFor(() => expect(screen.getAllByTestId('queue-line')).toHaveLength(1));
    expect(decisions()[0]?.map((d) => d.lineId)).toEqual([noortje.id, ties.id]);
  });

  it('rejects the chosen lines with one reason', async () => {
    const whole = { assessAsWhole: true, requestLineCount: 3 };
    const { decisions } = server([noortje, { ...ties, ...whole }]);
    renderApp('/beheer/aanvragen');
    await screen.findByTestId('assessment-queue');
    fireEvent.click(screen.getByRole('checkbox', { name: /Ties de Vries selecteren/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Noortje de Vries selecteren/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Afkeuren (2)' }));
    const form = await screen.findByRole('form', { name: '2 aanvragen afkeuren' });
    expect(within(form).getByTestId('whole-request-warning').textContent).toBe(
      'Er zit een aanvraag bij die als geheel wordt beoordeeld: die wordt helemaal afgekeurd (3 regels).',
    );
    fireEvent.change(within(form).getByLabelText(/Reden/), { target: { value: 'Studiedag' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Afkeuren' }));
    expect((await screen.findByTestId('decision-result')).textContent).toContain('4 aanvragen afgekeurd.');
    expect(decisions()).toEqual([
      [
        { lineId: noortje.id, decision: 'reject', reason: 'Studiedag' },
        { lineId: ties.id, decision: 'reject', reason: 'Studiedag' },
      ],
    ]);
  });

  it('says so kindly when nothing waits, and filters by location and dates', async () => {
    const { requests } = server([]);
    renderApp('/beheer/aanvragen?van=2026-09-01');
    expect((await screen.findByTestId('empty-state')).textContent).toContain('Geen openstaande aanvragen');
    const queried = () =>
      vi
        .mocked(fetch)
        .mock.calls.map(([input]) => new URL(String(input), 'http://localhost'))
        .filter((url) => url.pathname === '/api/v1/assessment')
        .map((url) => url.search);
    expect(queried()).toEqual(['?from=2026-09-01']);
    expect(requests.some((request) => request.path === '/api/v1/locations')).toBe(true);
    fireEvent.change(screen.getByLabelText('Vanaf'), { target: { value: '' } });
    expect((await screen.findByTestId('empty-state')).textContent).toContain('Er staan geen aanvragen open.');
  });

  it('keeps the queue from staff who do not assess requests', async () => {
    server([noortje], {}, 'group_staff');
    renderApp('/beheer/aanvragen');
    expect(await screen.findByText(/geen toegang/i)).toBeTruthy();
    expect(screen.queryByTestId('assessment-queue')).toBeNull();
  });
});
