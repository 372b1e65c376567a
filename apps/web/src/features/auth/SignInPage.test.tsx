import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor, secondGuardianAccount, staffAccount } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

async function fillAndSubmit(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText(/E-mailadres/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Wachtwoord/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('sign-in page', () => {
  it('shows the translated error for wrong credentials, never the server’s message', async () => {
    const requests = mockFetch({
      'GET /api/v1/me': () => apiError(401, 'unauthenticated'),
      'POST /api/v1/auth/login': () => apiError(401, 'auth.invalid_credentials'),
    });
    renderApp('/inloggen');
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeTruthy();
    await fillAndSubmit('  Ouder@Example.NL ', 'verkeerd-wachtwoord');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(screen.queryByText(/english text/)).toBeNull();
    const login = requests.find((request) => request.path === '/api/v1/auth/login');
    expect(login?.body).toEqual({ email: 'ouder@example.nl', password: 'verkeerd-wachtwoord' });
    expect(login?.headers.get('X-Nestje-Csrf')).toBe('1');
  });

  it('checks the fields before sending anything', async () => {
    const requests = mockFetch({ 'GET /api/v1/me': () => apiError(401, 'unauthenticated') });
    renderApp('/inloggen');
    await fillAndSubmit('geen-adres', '');

    expect(await screen.findByText('Vul een geldig e-mailadres in.')).toBeTruthy();
    expect(screen.getByText('Vul dit veld in.')).toBeTruthy();
    expect(requests.some((request) => request.path === '/api/v1/auth/login')).toBe(false);
  });

  it('says "too many attempts" when the server rate-limits', async () => {
    mockFetch({
      'GET /api/v1/me': () => apiError(401, 'unauthenticated'),
      'POST /api/v1/auth/login': () => apiError(429, 'rate_limited'),
    });
    renderApp('/inloggen');
    await fillAndSubmit('ouder@example.nl', 'een-wachtwoord');
    expect((await screen.findByRole('alert')).textContent).toContain('Te veel pogingen');
  });

  it('makes the signed-in account active and lands a guardian on Mijn kind', async () => {
    let signedIn = false;
    const requests = mockFetch({
      'GET /api/v1/me': () =>
        signedIn ? { status: 200, body: meFor(guardianAccount) } : apiError(401, 'unauthenticated'),
      'POST /api/v1/auth/login': () => {
        signedIn = true;
        return { status: 200, body: { activeAccountId: guardianAccount.id, accounts: [guardianAccount] } };
      },
    });
    const { router } = renderApp('/inloggen');
    await fillAndSubmit('ouder@example.nl', 'een-goed-wachtwoord');

    await waitFor(() => expect(router.state.location.pathname).toBe('/mijn-kind'));
    expect(await screen.findByRole('heading', { name: 'Mijn kind', level: 1 })).toBeTruthy();
    expect(window.sessionStorage.getItem('nestje.activeAccount')).toBe(guardianAccount.id);
    expect(requests.at(-1)?.headers.get('X-Nestje-Account')).toBe(guardianAccount.id);
  });

  it('adds an account when already signed in, and switches to the one the server made active', async () => {
    let accounts = [staffAccount];
    mockFetch({
      'GET /api/v1/me': ({ headers }) => {
        const active =
          accounts.find((account) => account.id === headers.get('X-Nestje-Account')) ?? accounts[0];
        return { status: 200, body: meFor(active ?? staffAccount, accounts) };
      },
      'POST /api/v1/auth/login': () => {
        accounts = [staffAccount, guardianAccount, secondGuardianAccount];
        return { status: 200, body: { activeAccountId: secondGuardianAccount.id, accounts } };
      },
    });
    const { router } = renderApp('/inloggen');
    expect(await screen.findByRole('heading', { name: 'Account toevoegen' })).toBeTruthy();
    await fillAndSubmit('ouder@example.nl', 'een-goed-wachtwoord');

    await waitFor(() => expect(router.state.location.pathname).toBe('/mijn-kind'));
    expect(window.sessionStorage.getItem('nestje.activeAccount')).toBe(secondGuardianAccount.id);
  });
});
