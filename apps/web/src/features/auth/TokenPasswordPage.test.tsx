import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const token = 'a'.repeat(32);
const tokenInfo = {
  email: guardianAccount.email,
  displayName: guardianAccount.displayName,
  organisationName: guardianAccount.organisationName,
  expiresAt: '2030-03-01T12:00:00+01:00',
};

describe('activation and reset links', () => {
  it('says a used activation link is used, and offers "Wachtwoord vergeten?"', async () => {
    const requests = mockFetch({
      'GET /api/v1/me': () => apiError(401, 'unauthenticated'),
      'POST /api/v1/auth/activation/inspect': () => apiError(400, 'auth.token_used'),
    });
    renderApp(`/activeren#token=${token}`);

    expect(await screen.findByText(/Deze activatielink is al gebruikt/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Wachtwoord vergeten?' });
    expect(link.getAttribute('href')).toBe('/wachtwoord-vergeten');
    expect(requests.find((r) => r.path === '/api/v1/auth/activation/inspect')?.body).toEqual({ token });
  });

  it('sets a new password with the token from the fragment and signs the person in', async () => {
    let signedIn = false;
    const requests = mockFetch({
      'GET /api/v1/me': () =>
        signedIn ? { status: 200, body: meFor(guardianAccount) } : apiError(401, 'unauthenticated'),
      'POST /api/v1/auth/password-reset/inspect': () => ({ status: 200, body: tokenInfo }),
      'POST /api/v1/auth/password-reset/complete': () => {
        signedIn = true;
        return { status: 200, body: { activeAccountId: guardianAccount.id, accounts: [guardianAccount] } };
      },
    });
    const { router } = renderApp(`/wachtwoord-herstellen#token=${token}`);

    expect(await screen.findByText(/Dit is het account van Sanne de Vries/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Nieuw wachtwoord/), { target: { value: 'kort' } });
    fireEvent.change(screen.getByLabelText(/^Herhaal het nieuwe wachtwoord/), {
      target: { value: 'anders' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Kies een wachtwoord van minstens 10 tekens.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Nieuw wachtwoord/), {
      target: { value: 'een lange zin als wachtwoord' },
    });
    fireEvent.change(screen.getByLabelText(/^Herhaal het nieuwe wachtwoord/), {
      target: { value: 'iets anders' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('De wachtwoorden zijn niet gelijk.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Herhaal het nieuwe wachtwoord/), {
      target: { value: 'een lange zin als wachtwoord' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/mijn-kind'));
    const complete = requests.find((r) => r.path === '/api/v1/auth/password-reset/complete');
    expect(complete?.body).toEqual({ token, password: 'een lange zin als wachtwoord' });
    expect(requests.filter((r) => r.path === '/api/v1/auth/password-reset/inspect')).toHaveLength(1);
  });
});
