import type { MyLocations, Team, TeamMember } from '@nestje/contract';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mediaView } from '../../../components/media/test-support.ts';
import { apiError, type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const MILA = '5b1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01';
const DAAN = '5b1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c02';
const HAMSTERS = { id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b02', name: 'Hamsters verticaal' };
const FLORIS = { id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b03', name: 'Floris' };

const locations: MyLocations = {
  locations: [
    {
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01',
      name: 'Haarlem',
      street: 'Kleine Houtstraat',
      houseNumber: '12',
      postcode: '2011 DN',
      city: 'Haarlem',
      phone: '023 - 123 45 67',
      email: 'haarlem@example.nl',
      groups: [FLORIS, HAMSTERS],
    },
  ],
};
const photo = mediaView();
const team: Team = {
  members: [
    { staffMemberId: DAAN, displayName: 'Daan Smit', photo: null, groups: [FLORIS] },
    { staffMemberId: MILA, displayName: 'Mila', photo, groups: [FLORIS, HAMSTERS] },
  ],
};
const mila: TeamMember = {
  ...(team.members[1] as Team['members'][number]),
  about: 'Hoi! Ik ben Mila.\n<script>alert("x")</script>',
};

function server(extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
    'GET /api/v1/my-locations': () => ({ status: 200, body: locations }),
    'GET /api/v1/team': () => ({ status: 200, body: team }),
    [`GET /api/v1/team/${MILA}`]: () => ({ status: 200, body: mila }),
    ...extra,
  });
}

describe('Mijn locatie: Contactgegevens and Ons team', () => {
  it('shows the location with address, phone and e-mail links and the children’s groups', async () => {
    server();
    renderApp('/mijn-locatie');
    const contacts = await screen.findByTestId('location-contacts');
    expect(await within(contacts).findByRole('heading', { name: 'Haarlem', level: 3 })).toBeTruthy();
    expect(contacts.textContent).toContain('Kleine Houtstraat 12');
    expect(contacts.textContent).toContain('2011 DN Haarlem');
    const call = within(contacts).getByRole('link', { name: 'Bel Haarlem: 023 - 123 45 67' });
    expect(call.getAttribute('href')).toBe('tel:0231234567');
    const mail = within(contacts).getByRole('link', { name: 'Mail Haarlem: haarlem@example.nl' });
    expect(mail.getAttribute('href')).toBe('mailto:haarlem@example.nl');
    expect(contacts.textContent).toContain('Groepen: Floris, Hamsters verticaal');
  });

  it('comes first on the page: contact details, then Ons team', async () => {
    server();
    renderApp('/mijn-locatie');
    await screen.findByRole('heading', { name: 'Ons team', level: 2 });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Contactgegevens', 'Ons team']);
  });

  it('shows the team as photos with names and groups; a click opens the page with the about text', async () => {
    server();
    const { router } = renderApp('/mijn-locatie');
    const list = await screen.findByRole('list', { name: 'Medewerkers van Ons team' });
    const cards = within(list).getAllByTestId('team-member');
    // Daan has no photo: his initials stand in for it.
    expect(cards.map((card) => card.textContent)).toEqual([
      'DSDaan SmitFloris',
      'MilaFloris, Hamsters verticaal',
    ]);
    const image = cards[1]?.querySelector('img');
    expect(image?.getAttribute('src')).toBe(photo.smallUrl);
    expect(image?.getAttribute('alt')).toBe('');

    fireEvent.click(within(list).getByRole('link', { name: /Mila/ }));
    expect(router.state.location.pathname).toBe(`/mijn-locatie/team/${MILA}`);
    expect(await screen.findByRole('heading', { name: 'Mila', level: 1 })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Foto van Mila' }).getAttribute('src')).toBe(photo.screenUrl);
    expect(screen.getByText('Werkt op: Floris, Hamsters verticaal')).toBeTruthy();
    // The about text is plain text: markup in it shows as written and never becomes an element.
    const about = screen.getByTestId('team-member-about');
    expect(about.textContent).toBe(mila.about);
    expect(document.querySelector('script')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: '← Terug naar Mijn locatie' }));
    expect(router.state.location.pathname).toBe('/mijn-locatie');
  });

  it('says so when there is no placement and no team', async () => {
    server({
      'GET /api/v1/my-locations': () => ({ status: 200, body: { locations: [] } }),
      'GET /api/v1/team': () => ({ status: 200, body: { members: [] } }),
    });
    renderApp('/mijn-locatie');
    expect(await screen.findByText(/geen plaatsing, dus hier staat nog geen locatie/)).toBeTruthy();
    expect(await screen.findByText('Er zijn nog geen medewerkers om te tonen.')).toBeTruthy();
  });

  it('shows not found for a person outside the family’s team', async () => {
    server({ [`GET /api/v1/team/${DAAN}`]: () => apiError(404, 'not_found') });
    renderApp(`/mijn-locatie/team/${DAAN}`);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByTestId('team-member-about')).toBeNull();
  });
});
