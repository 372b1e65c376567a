import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor, secondGuardianAccount } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const both = [guardianAccount, secondGuardianAccount];

/** A server that knows which accounts are signed in and answers `/me` for the one in the header. */
function serverWith(accounts: typeof both, { strict = false, wrongPasswordAsField = false } = {}) {
  let signedIn = [...accounts];
  return mockFetch({
    'GET /api/v1/me': ({ headers }) => {
      const asked = headers.get('X-Nestje-Account');
      const named = signedIn.find((account) => account.id === asked);
      // A strict server refuses an account header that names no signed-in account.
      if (strict && asked !== null && !named) return apiError(401, 'unauthenticated');
      const active = named ?? signedIn[0];
      return active ? { status: 200, body: meFor(active, signedIn) } : apiError(401, 'unauthenticated');
    },
    'POST /api/v1/auth/logout': ({ headers }) => {
      signedIn = signedIn.filter((account) => account.id !== headers.get('X-Nestje-Account'));
      return { status: 200, body: { accounts: signedIn } };
    },
    'POST /api/v1/me/password': () =>
      wrongPasswordAsField
        ? apiError(400, 'validation_failed', [
            { path: 'currentPassword', code: 'auth.wrong_current_password' },
          ])
        : apiError(400, 'auth.wrong_current_password'),
  });
}

describe('Overig: accounts and signing out', () => {
  it('lists the signed-in accounts and switches to another one', async () => {
    window.sessionStorage.setItem('nestje.activeAccount', guardianAccount.id);
    const requests = serverWith(both);
    renderApp('/overig');

    const list = await screen.findByTestId('account-list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(within(list).getByRole('button', { name: /BSO Het Speelkwartier/ }));

    await waitFor(() =>
      expect(window.sessionStorage.getItem('nestje.activeAccount')).toBe(secondGuardianAccount.id),
    );
    await waitFor(() =>
      expect(requests.at(-1)?.headers.get('X-Nestje-Account')).toBe(secondGuardianAccount.id),
    );
    expect(await screen.findByRole('heading', { name: 'Mijn kind', level: 1 })).toBeTruthy();
  });

  it('signs out of the active account and continues with the next one', async () => {
    window.sessionStorage.setItem('nestje.activeAccount', guardianAccount.id);
    const requests = serverWith(both);
    const { router } = renderApp('/overig');

    fireEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    await waitFor(() =>
      expect(window.sessionStorage.getItem('nestje.activeAccount')).toBe(secondGuardianAccount.id),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/mijn-kind'));
    const logout = requests.find((request) => request.path === '/api/v1/auth/logout');
    expect(logout?.headers.get('X-Nestje-Account')).toBe(guardianAccount.id);
  });

  it('offers "Uitloggen uit alle accounts" only with several accounts, and goes to sign-in after the last', async () => {
    serverWith([guardianAccount]);
    const { router } = renderApp('/overig');

    await screen.findByRole('button', { name: 'Uitloggen' });
    expect(screen.queryByRole('button', { name: 'Uitloggen uit alle accounts' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen'));
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeTruthy();
    // A deliberate logout does not send the next sign-in back to the page that was left.
    expect((router.state.location.state as { from?: string } | null)?.from).toBeUndefined();
  });

  it.each([false, true])(
    'shows a wrong current password under that field (sent as a field error: %s)',
    async (asField) => {
      serverWith([guardianAccount], { wrongPasswordAsField: asField });
      renderApp('/overig');
      fireEvent.change(await screen.findByLabelText(/^Huidig wachtwoord/), { target: { value: 'fout' } });
      fireEvent.change(screen.getByLabelText(/^Nieuw wachtwoord/), {
        target: { value: 'een nieuw lang wachtwoord' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
      const message = await screen.findByText('Je huidige wachtwoord klopt niet.');
      expect(screen.getByLabelText(/^Huidig wachtwoord/).getAttribute('aria-describedby')).toContain(
        message.getAttribute('id') ?? 'missing',
      );
    },
  );

  it.each([false, true])(
    'falls back to the first account when the remembered one is no longer signed in (strict server: %s)',
    async (strict) => {
      window.sessionStorage.setItem('nestje.activeAccount', 'e5a1f1de-0000-4000-8000-000000000000');
      serverWith(both, { strict });
      renderApp('/overig');
      const list = await screen.findByTestId('account-list');
      expect(window.sessionStorage.getItem('nestje.activeAccount')).toBe(guardianAccount.id);
      const active = within(list)
        .getAllByRole('listitem')
        .find((item) => item.getAttribute('aria-current') === 'true');
      expect(active?.textContent).toContain(guardianAccount.organisationName);
    },
  );
});
