import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest, mockFetch } from '../../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../../test/fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const LOCATION = { id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01', name: 'Haarlem' };
const EXISTING = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c02';

function server(onCreate: (request: MockRequest) => { status: number; body?: unknown }) {
  return mockFetch({
    'GET /api/v1/me': () => ({
      status: 200,
      body: meFor(
        staffAccount,
        [staffAccount],
        [{ role: 'planner', locationId: LOCATION.id, groupId: null }],
      ),
    }),
    'GET /api/v1/locations': () => ({
      status: 200,
      body: {
        locations: [
          {
            ...LOCATION,
            street: '',
            houseNumber: '',
            postcode: '',
            city: 'Haarlem',
            phone: '',
            email: '',
            groupCount: 2,
            permittedActions: [],
          },
        ],
      },
    }),
    'GET /api/v1/staff-members': () => ({ status: 200, body: { staffMembers: [] } }),
    'GET /api/v1/guardians': () => ({
      status: 200,
      body: {
        guardians: [
          {
            id: EXISTING,
            firstName: 'Eva',
            lastName: 'Jansen',
            email: 'eva@example.nl',
            city: 'Haarlem',
            children: [],
          },
        ],
      },
    }),
    'POST /api/v1/children': onCreate,
  });
}

async function fillFamily() {
  const child = await screen.findByRole('group', { name: 'Kind' });
  fireEvent.change(within(child).getByLabelText(/^Voornaam/), { target: { value: 'Lotte' } });
  fireEvent.change(within(child).getByLabelText(/^Achternaam/), { target: { value: 'Jansen' } });
  fireEvent.change(within(child).getByLabelText(/^Geboortedatum/), { target: { value: '2024-02-10' } });
  const guardian = screen.getByRole('group', { name: 'Ouder 1' });
  fireEvent.change(within(guardian).getByLabelText(/^Voornaam/), { target: { value: 'Eva' } });
  fireEvent.change(within(guardian).getByLabelText(/^Achternaam/), { target: { value: 'Jansen' } });
  fireEvent.change(within(guardian).getByLabelText(/^E-mailadres/), { target: { value: 'eva@example.nl' } });
}

describe('Nieuw gezin', () => {
  it('names missing fields next to them and sends nothing', async () => {
    const requests = server(() => ({ status: 500 }));
    renderApp('/beheer/gezinnen/nieuw');
    fireEvent.click(await screen.findByRole('button', { name: 'Gezin opslaan' }));
    const child = screen.getByRole('group', { name: 'Kind' });
    const firstName = within(child).getByLabelText(/^Voornaam/);
    await waitFor(() => expect(firstName.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(
      firstName.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '',
    );
    expect(message?.textContent).toBe('Vul dit veld in.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('offers to link the existing guardian when the e-mail address is taken, and then links by id', async () => {
    const bodies: unknown[] = [];
    const keys: (string | null)[] = [];
    server((request) => {
      bodies.push(request.body);
      keys.push(request.headers.get('Idempotency-Key'));
      return bodies.length === 1
        ? apiError(409, 'conflict', [{ path: 'guardians.0.guardian.email', code: 'taken' }])
        : apiError(403, 'forbidden');
    });
    renderApp('/beheer/gezinnen/nieuw');
    await fillFamily();
    fireEvent.click(screen.getByRole('button', { name: 'Gezin opslaan' }));

    expect(await screen.findByText('Dit is al in gebruik.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Eva Jansen koppelen' }));
    expect(await screen.findByRole('combobox', { name: 'Bestaande ouder' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Gezin opslaan' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[0]).toMatchObject({
      locationId: LOCATION.id,
      guardians: [{ guardian: { email: 'eva@example.nl' } }],
    });
    expect(bodies[1]).toMatchObject({ guardians: [{ guardianId: EXISTING, parentalAuthority: true }] });
    // Linking instead is another request to the server: it must not be taken for a repeat of the first.
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });
});
