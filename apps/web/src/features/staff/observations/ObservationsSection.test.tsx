import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render-app.tsx';
import {
  CHILD,
  childFile,
  OBSERVATION,
  observation,
  staffMe,
  summary,
  VERSION,
  welbevinden,
} from './test-data.ts';

const base = (permittedActions: string[], role: 'group_staff' | 'planner' = 'group_staff') => ({
  'GET /api/v1/me': () => ({ status: 200, body: staffMe(role, permittedActions) }),
  [`GET /api/v1/children/${CHILD}/file`]: () => ({ status: 200, body: childFile }),
  [`GET /api/v1/children/${CHILD}/consents`]: () => ({
    status: 200,
    body: { childId: CHILD, items: [], history: [] },
  }),
  'GET /api/v1/observation-forms': () => ({ status: 200, body: { forms: [welbevinden] } }),
});

describe('Observaties in the child file', () => {
  it('lets group staff fill in a form: a final one needs the required fields, and is sent with its version', async () => {
    const requests = mockFetch({
      ...base(['observation.use']),
      [`GET /api/v1/children/${CHILD}/observations`]: () => ({
        status: 200,
        body: { childId: CHILD, observations: [], permittedActions: ['observation.write'] },
      }),
      [`POST /api/v1/children/${CHILD}/observations`]: () => ({
        status: 201,
        body: observation({ shared: null, permittedActions: ['observation.write'] }),
      }),
    });
    renderApp(`/beheer/gezinnen/kinderen/${CHILD}`);
    const section = await screen.findByTestId('child-observations');
    expect(await within(section).findByText('Er zijn nog geen observaties voor dit kind.')).toBeTruthy();
    fireEvent.click(await within(section).findByRole('button', { name: 'Nieuwe observatie' }));
    const editor = await within(section).findByTestId('observation-editor');
    fireEvent.change(within(editor).getByLabelText(/^Datum van de observatie/), {
      target: { value: '2026-02-10' },
    });
    fireEvent.click(within(editor).getByRole('button', { name: 'Definitief maken' }));
    expect(await within(editor).findByText('Vul dit in om de observatie definitief te maken.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.click(within(editor).getByRole('radio', { name: '4' }));
    fireEvent.click(within(editor).getByRole('radio', { name: 'Ja' }));
    fireEvent.change(within(editor).getByLabelText('Wat ons opviel'), { target: { value: 'Bouwt torens.' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Definitief maken' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      formVersionId: VERSION,
      observedOn: '2026-02-10',
      status: 'final',
      values: { mood: 4, plays: true, notes: 'Bouwt torens.' },
    });
    expect(post?.headers.get('idempotency-key')).toBeTruthy();
  }, 20_000);

  it('shows the server’s objection under the field it names', async () => {
    mockFetch({
      ...base(['observation.use']),
      [`GET /api/v1/children/${CHILD}/observations`]: () => ({
        status: 200,
        body: { childId: CHILD, observations: [], permittedActions: ['observation.write'] },
      }),
      [`POST /api/v1/children/${CHILD}/observations`]: () =>
        apiError(400, 'validation_failed', [{ path: 'values.place', code: 'invalid_option' }]),
    });
    renderApp(`/beheer/gezinnen/kinderen/${CHILD}`);
    const section = await screen.findByTestId('child-observations');
    fireEvent.click(await within(section).findByRole('button', { name: 'Nieuwe observatie' }));
    const editor = await within(section).findByTestId('observation-editor');
    fireEvent.click(within(editor).getByRole('button', { name: 'Opslaan als concept' }));
    expect(await within(editor).findByText('Kies een van de opties.')).toBeTruthy();
  });

  it('opens an observation with its answers and shares or unshares it with the switch', async () => {
    let shared = false;
    const requests = mockFetch({
      ...base(['observation.use']),
      [`GET /api/v1/children/${CHILD}/observations`]: () => ({
        status: 200,
        body: {
          childId: CHILD,
          observations: [summary({ shared: null })],
          permittedActions: ['observation.write'],
        },
      }),
      [`GET /api/v1/children/${CHILD}/observations/${OBSERVATION}`]: () => ({
        status: 200,
        body: observation({
          shared: shared ? { at: '2026-02-11T08:00:00Z', byName: 'Mila Jansen' } : null,
          permittedActions: ['observation.write'],
        }),
      }),
      [`PUT /api/v1/children/${CHILD}/observations/${OBSERVATION}/sharing`]: (request) => {
        shared = (request.body as { shared: boolean }).shared;
        return { status: 200, body: observation() };
      },
    });
    renderApp(`/beheer/gezinnen/kinderen/${CHILD}`);
    const row = await screen.findByTestId('staff-observation');
    expect(within(row).getByText('Niet gedeeld')).toBeTruthy();
    fireEvent.click(within(row).getByText('Welbevinden'));
    const answers = await within(row).findByTestId('observation-answers');
    expect(answers.textContent).toContain('Stemming4 van 5 (1 = Somber, 5 = Vrolijk)');
    expect(answers.textContent).toContain('Speelt met anderenJa');
    fireEvent.click(within(row).getByRole('switch', { name: /Delen met de ouders/ }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ shared: true });
    expect(await within(row).findByText(/Gedeeld door Mila Jansen/)).toBeTruthy();
  });

  it('is not there for a planner, who may not read observations', async () => {
    const requests = mockFetch(base([], 'planner'));
    renderApp(`/beheer/gezinnen/kinderen/${CHILD}`);
    expect(await screen.findByTestId('child-consents')).toBeTruthy();
    expect(screen.queryByTestId('child-observations')).toBeNull();
    expect(requests.some((r) => r.path.includes('observations'))).toBe(false);
  });
});
