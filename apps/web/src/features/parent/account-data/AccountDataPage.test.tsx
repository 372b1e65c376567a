import type { OwnGuardian, UpdateOwnGuardianBody } from '@nestje/contract';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const GUARDIAN = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e01';

function own(overrides: Partial<OwnGuardian> = {}): OwnGuardian {
  return {
    guardianId: GUARDIAN,
    data: {
      firstName: 'Sanne',
      lastName: 'de Vries',
      email: 'sanne@example.nl',
      phone: '06 11111111',
      street: 'Kerkstraat',
      houseNumber: '1',
      postcode: '2011 AB',
      city: 'Haarlem',
    },
    pending: [],
    ...overrides,
  };
}

const me = () => ({ status: 200, body: meFor(guardianAccount) });

describe('Overig → Account & Kinderen → own name', () => {
  it('links one’s own name from Overig to the own data page', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/children': () => ({ status: 200, body: { children: [] } }),
    });
    renderApp('/overig');
    const link = await screen.findByRole('link', { name: 'Sanne de Vries' });
    expect(link.getAttribute('href')).toBe('/overig/account');
  });

  it('marks a name change that waits for approval, with the requested value; the e-mail address is read-only', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/me/guardian': () => ({
        status: 200,
        body: own({
          pending: [
            {
              id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e11',
              guardianId: GUARDIAN,
              kind: 'name',
              requested: { firstName: 'Sanne', lastName: 'Jansen' },
              previous: { firstName: 'Sanne', lastName: 'de Vries' },
              status: 'pending',
              requestedAt: '2026-03-01T10:00:00Z',
              decidedAt: null,
              decidedByName: null,
            },
          ],
        }),
      }),
    });
    renderApp('/overig/account');
    const pending = await screen.findByTestId('own-pending');
    expect(pending.textContent).toContain('Wacht op goedkeuring');
    expect(pending.textContent).toContain('Aangevraagd: Sanne Jansen');
    expect(screen.getByText('sanne@example.nl')).toBeTruthy();
    expect(screen.getByText(/Je e-mailadres is ook je inlognaam/)).toBeTruthy();
    // The password change is on the same page.
    expect(screen.getByRole('heading', { name: 'Wachtwoord wijzigen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gegevens wijzigen' }));
    // The form starts from the requested name, and has no e-mail field.
    expect((screen.getByLabelText(/Achternaam/) as HTMLInputElement).value).toBe('Jansen');
    expect(screen.queryByLabelText(/E-mailadres/)).toBeNull();
  });

  it('sends only the phone number when only that changed, and a changed address whole', async () => {
    let current = own();
    const requests = mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/me/guardian': () => ({ status: 200, body: current }),
      'PATCH /api/v1/me/guardian': (request) => {
        const body = request.body as UpdateOwnGuardianBody;
        current = own({ data: { ...current.data, phone: body.phone ?? current.data.phone } });
        return { status: 200, body: current };
      },
    });
    renderApp('/overig/account');
    fireEvent.click(await screen.findByRole('button', { name: 'Gegevens wijzigen' }));
    const form = screen.getByTestId('own-data-form');
    fireEvent.change(within(form).getByLabelText(/Telefoonnummer/), { target: { value: '06 22222222' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Je gegevens zijn bewaard.')).toBeTruthy();
    expect(screen.getByText('06 22222222')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ phone: '06 22222222' });

    fireEvent.click(screen.getByRole('button', { name: 'Gegevens wijzigen' }));
    fireEvent.change(screen.getByLabelText(/Plaats/), { target: { value: 'Leiden' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Je gegevens zijn bewaard.');
    expect(requests.filter((r) => r.method === 'PATCH')[1]?.body).toEqual({
      street: 'Kerkstraat',
      houseNumber: '1',
      postcode: '2011 AB',
      city: 'Leiden',
    });
  });
});
