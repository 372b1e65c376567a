import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest, type MockResponse, mockFetch } from '../../../../test/fetch-mock.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { adminMe, haarlem } from '../test-server.ts';

const created: MockResponse = { status: 201, body: { ...haarlem, name: 'Zandvoort', groupCount: 0 } };

/** The fake server: `onCreate` answers each `POST /locations` (a promise: the answer comes later). */
function server(onCreate: (request: MockRequest) => MockResponse | Promise<MockResponse>) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: adminMe() }),
    'GET /api/v1/locations': () => ({ status: 200, body: { locations: [haarlem] } }),
    'POST /api/v1/locations': onCreate,
  });
}

const keysOf = (requests: MockRequest[]) =>
  requests
    .filter((request) => request.method === 'POST')
    .map((request) => request.headers.get('Idempotency-Key'));

async function fillName(name: string) {
  fireEvent.change(await screen.findByLabelText(/^Naam/), { target: { value: name } });
}

describe('new location form', () => {
  it('sends a double submit, the second before the first is answered, with the same key twice', async () => {
    const answers: ((answer: MockResponse) => void)[] = [];
    const requests = server(() => new Promise((resolve) => answers.push(resolve)));
    const { router } = renderApp('/beheer/organisatie/locaties/nieuw');
    await fillName('Zandvoort');
    const form = screen.getByRole('button', { name: 'Locatie toevoegen' }).closest('form');
    if (!form) throw new Error('The button is not in a form');
    // A second submit that slips through before the page shows that the first is on its way (the form
    // ignores a submit while it knows one is pending, so both happen before it renders again).
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });

    await waitFor(() => expect(answers).toHaveLength(2));
    const [first, second] = keysOf(requests);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);

    // The server creates one location and answers the repeat with the same answer.
    for (const answer of answers) answer(created);
    expect(await screen.findByText('Locatie Zandvoort is toegevoegd.')).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/beheer/organisatie/locaties'));
  });

  it('retries after a lost connection with the same key, and sends corrected values with a new one', async () => {
    let calls = 0;
    const requests = server(() => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      if (calls === 2) return apiError(409, 'conflict', [{ path: 'name', code: 'taken' }]);
      return created;
    });
    renderApp('/beheer/organisatie/locaties/nieuw');
    await fillName('Haarlem');
    const submit = screen.getByRole('button', { name: 'Locatie toevoegen' });

    fireEvent.click(submit);
    expect(await screen.findByText(/Geen verbinding met Nestje/)).toBeTruthy();
    fireEvent.click(submit);
    expect(await screen.findByText('Dit is al in gebruik.')).toBeTruthy();
    await fillName('Zandvoort');
    fireEvent.click(submit);
    expect(await screen.findByText('Locatie Zandvoort is toegevoegd.')).toBeTruthy();

    const [lost, retry, corrected] = keysOf(requests);
    expect(retry).toBe(lost);
    expect(corrected).not.toBe(retry);
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.body)).toEqual([
      expect.objectContaining({ name: 'Haarlem' }),
      expect.objectContaining({ name: 'Haarlem' }),
      expect.objectContaining({ name: 'Zandvoort' }),
    ]);
  });
});
