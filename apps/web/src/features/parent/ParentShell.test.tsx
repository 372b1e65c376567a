import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../test/fetch-mock.ts';
import { guardianAccount, meFor, staffAccount } from '../../test/fixtures.ts';
import { phone, stubMatchMedia, wide } from '../../test/media.ts';
import { renderApp } from '../../test/render-app.tsx';

const menuItems = ['Mijn kind', 'Berichten', 'Agenda', 'Mijn locatie', 'Overig'];

describe('parent portal navigation', () => {
  it('shows the menu as a bottom bar on a phone, with the current page marked', async () => {
    stubMatchMedia(phone);
    mockFetch({ 'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }) });
    renderApp('/agenda');

    const bar = await screen.findByTestId('bottom-nav');
    expect(screen.queryByTestId('side-nav')).toBeNull();
    expect(bar.tagName).toBe('NAV');
    expect(bar.getAttribute('aria-label')).toBe('Hoofdmenu');
    const links = within(bar).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(menuItems);
    expect(within(bar).getByRole('link', { name: 'Agenda' }).getAttribute('aria-current')).toBe('page');
    expect(within(bar).getByRole('link', { name: 'Mijn kind' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows the menu as a side bar on a wide screen', async () => {
    stubMatchMedia(wide);
    mockFetch({ 'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }) });
    renderApp('/mijn-kind');

    const side = await screen.findByTestId('side-nav');
    expect(screen.queryByTestId('bottom-nav')).toBeNull();
    expect(side.tagName).toBe('NAV');
    expect(
      within(side)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(menuItems);
    expect(within(side).getByRole('link', { name: 'Mijn kind' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByText('Kinderopvang De Zonnebloem')).toBeTruthy();
  });

  it('sends someone who is not signed in to sign-in', async () => {
    mockFetch({ 'GET /api/v1/me': () => apiError(401, 'unauthenticated') });
    const { router } = renderApp('/berichten');
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen'));
  });

  it('sends a staff account from a parent page to the back office, and a guardian away from it', async () => {
    mockFetch({ 'GET /api/v1/me': () => ({ status: 200, body: meFor(staffAccount) }) });
    const staff = renderApp('/mijn-kind');
    await waitFor(() => expect(staff.router.state.location.pathname).toBe('/beheer'));
    expect(await screen.findByTestId('staff-nav')).toBeTruthy();
    staff.unmount();

    mockFetch({ 'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }) });
    const guardian = renderApp('/beheer/gezinnen');
    await waitFor(() => expect(guardian.router.state.location.pathname).toBe('/mijn-kind'));
  });
});
