import type { GuardianChangeRequest, GuardianFile } from '@nestje/contract';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../../test/fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const GUARDIAN = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a71';
const REQUEST = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a72';

const LOCATION = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a73';
/** A planner: the families area is shown to staff with a planning role. */
const me = () => ({
  status: 200,
  body: meFor(staffAccount, [staffAccount], [{ role: 'planner', locationId: LOCATION, groupId: null }]),
});

const file = (lastName: string): GuardianFile => ({
  guardian: {
    id: GUARDIAN,
    firstName: 'Sanne',
    lastName,
    email: 'sanne@example.nl',
    phone: '',
    street: '',
    houseNumber: '',
    postcode: '',
    city: '',
    invitation: null,
  },
  children: [],
  permittedActions: ['guardian.update'],
});

const request = (status: GuardianChangeRequest['status']): GuardianChangeRequest => ({
  id: REQUEST,
  guardianId: GUARDIAN,
  kind: 'name',
  requested: { firstName: 'Sanne', lastName: 'Jansen' },
  previous: { firstName: 'Sanne', lastName: 'de Vries' },
  status,
  requestedAt: '2026-03-01T10:00:00Z',
  decidedAt: status === 'pending' ? null : '2026-03-02T10:00:00Z',
  decidedByName: status === 'pending' ? null : 'Piet Planner',
});

describe('Gezinnen → a guardian: Wijzigingen van de ouder', () => {
  it('approves a requested name; the guardian’s page shows the new name', async () => {
    let approved = false;
    const requests = mockFetch({
      'GET /api/v1/me': me,
      [`GET /api/v1/guardians/${GUARDIAN}`]: () => ({
        status: 200,
        body: file(approved ? 'Jansen' : 'de Vries'),
      }),
      [`GET /api/v1/guardians/${GUARDIAN}/change-requests`]: () => ({
        status: 200,
        body: { requests: [request(approved ? 'approved' : 'pending')], canDecide: true },
      }),
      [`POST /api/v1/guardians/${GUARDIAN}/change-requests/${REQUEST}/decision`]: () => {
        approved = true;
        return { status: 200, body: { requests: [request('approved')], canDecide: true } };
      },
    });
    renderApp(`/beheer/gezinnen/ouders/${GUARDIAN}`);
    const card = await screen.findByTestId('change-request');
    expect(card.textContent).toContain('Was: Sanne de Vries');
    expect(card.textContent).toContain('Wordt: Sanne Jansen');
    fireEvent.click(within(card).getByRole('button', { name: 'Goedkeuren' }));
    expect(await within(card).findByText('Goedgekeurd')).toBeTruthy();
    expect(card.textContent).toContain('besloten door Piet Planner');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ approve: true });
    expect(await screen.findByRole('heading', { name: 'Sanne Jansen', level: 1 })).toBeTruthy();
  });

  it('offers no buttons to staff who may not decide', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      [`GET /api/v1/guardians/${GUARDIAN}`]: () => ({ status: 200, body: file('de Vries') }),
      [`GET /api/v1/guardians/${GUARDIAN}/change-requests`]: () => ({
        status: 200,
        body: { requests: [request('pending')], canDecide: false },
      }),
    });
    renderApp(`/beheer/gezinnen/ouders/${GUARDIAN}`);
    const card = await screen.findByTestId('change-request');
    expect(within(card).getByText('Wacht op goedkeuring')).toBeTruthy();
    expect(within(card).queryByRole('button')).toBeNull();
  });
});
