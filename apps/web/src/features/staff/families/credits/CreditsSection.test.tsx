import type { ChildFile } from '@nestje/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../../test/fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { NOORTJE } from '../../../parent/agenda/test-data.ts';
import { CREDIT_A, credit } from '../../../parent/credits/test-data.ts';

const LOCATION = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01';

function file(permittedActions: string[]): ChildFile {
  return {
    child: {
      id: NOORTJE,
      firstName: 'Noortje',
      lastName: 'de Vries',
      birthDate: '2023-03-01',
      location: { id: LOCATION, name: 'Haarlem' },
      mentor: null,
      externalRef: null,
      photoUpdatedAt: null,
    },
    guardians: [],
    placements: [],
    permittedActions,
  };
}

const planner = () => ({
  status: 200,
  body: meFor(staffAccount, [staffAccount], [{ role: 'planner', locationId: LOCATION, groupId: null }]),
});

describe('Tegoeden in the child file', () => {
  it('lists the credits, grants one and corrects one, with the server’s errors at their fields', async () => {
    let grants = 0;
    const requests = mockFetch({
      'GET /api/v1/me': planner,
      [`GET /api/v1/children/${NOORTJE}/file`]: () => ({ status: 200, body: file(['child.update']) }),
      [`GET /api/v1/children/${NOORTJE}/credits`]: () => ({
        status: 200,
        body: { credits: [credit({ permittedActions: ['credit.correct'] })] },
      }),
      [`POST /api/v1/children/${NOORTJE}/credits`]: () => {
        grants += 1;
        return grants === 1
          ? apiError(400, 'validation_failed', [{ path: 'validUntil', code: 'date_order' }])
          : { status: 201, body: credit() };
      },
      [`POST /api/v1/credits/${CREDIT_A}/corrections`]: () =>
        apiError(400, 'validation_failed', [{ path: 'amount', code: 'below_zero' }]),
    });
    renderApp(`/beheer/gezinnen/kinderen/${NOORTJE}`);
    const section = await screen.findByTestId('child-credits');
    expect(await within(section).findByText('8 uur over van 8 uur')).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: 'Tegoed toekennen' }));
    const grant = within(section).getByTestId('grant-credit-form');
    fireEvent.change(within(grant).getByLabelText(/^Uren/), { target: { value: '2' } });
    fireEvent.change(within(grant).getByLabelText(/^Minuten/), { target: { value: '30' } });
    fireEvent.change(within(grant).getByLabelText(/^Geldig vanaf/), { target: { value: '2026-12-01' } });
    fireEvent.change(within(grant).getByLabelText(/^Geldig tot en met/), { target: { value: '2026-12-31' } });
    fireEvent.change(within(grant).getByLabelText(/^Omschrijving/), { target: { value: 'Storing' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Toekennen' }));
    expect(await within(section).findByText('De einddatum ligt vóór de begindatum.')).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      unit: 'minutes',
      amount: 150,
      source: 'grant',
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      weekType: 'any',
      description: 'Storing',
    });
    expect(post?.headers.get('idempotency-key')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Toekennen' }));
    await waitFor(() => expect(within(section).queryByTestId('grant-credit-form')).toBeNull());

    fireEvent.click(within(section).getByRole('button', { name: 'Corrigeren' }));
    const correct = within(section).getByTestId('correct-credit-form');
    fireEvent.click(within(correct).getByText('Eraf'));
    fireEvent.change(within(correct).getByLabelText(/^Uren/), { target: { value: '9' } });
    fireEvent.change(within(correct).getByLabelText(/^Reden/), { target: { value: 'Dubbel' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Correctie opslaan' }));
    expect(await within(correct).findByText('Er is minder over dan je eraf wilt halen.')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({
      amount: -540,
      reason: 'Dubbel',
    });
  });

  it('is not shown where the organisation does not work with credits', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({
        ...planner(),
        body: { ...planner().body, features: { video: false, credits: false, observations: false } },
      }),
      [`GET /api/v1/children/${NOORTJE}/file`]: () => ({ status: 200, body: file([]) }),
      [`GET /api/v1/children/${NOORTJE}/credits`]: () => ({ status: 200, body: { credits: [] } }),
    });
    renderApp(`/beheer/gezinnen/kinderen/${NOORTJE}`);
    expect(await screen.findByRole('heading', { name: 'Noortje de Vries', level: 1 })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('child-credits')).toBeNull();
  });
});
