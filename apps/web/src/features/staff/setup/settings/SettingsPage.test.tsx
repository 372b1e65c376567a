import type { OrganisationSettings } from '@nestje/contract';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../../test/fetch-mock.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { adminMe } from '../test-server.ts';

const settings: OrganisationSettings = {
  id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01',
  slug: 'zonnebloem',
  name: 'Kinderopvang De Zonnebloem',
  primaryColour: '#d9480f',
  features: { video: false, credits: true, observations: false },
  schoolHolidayRegion: 'noord',
  logoUrl: null,
};

/** A server whose organisation colour changes when the settings are saved, as the real one does. */
function server() {
  let colour = settings.primaryColour;
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: adminMe(colour) }),
    'GET /api/v1/organisation/settings': () => ({
      status: 200,
      body: { ...settings, primaryColour: colour },
    }),
    'PATCH /api/v1/organisation/settings': ({ body }) => {
      colour = (body as { primaryColour: string }).primaryColour;
      return { status: 200, body: { ...settings, ...(body as object) } };
    },
  });
}

describe('organisation settings', () => {
  it('saves the colour and asks who is signed in again, so the header and theme follow at once', async () => {
    const requests = server();
    renderApp('/beheer/organisatie/instellingen');
    const colour = await screen.findByLabelText('Hoofdkleur');
    fireEvent.change(colour, { target: { value: '#1864ab' } });
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    await screen.findByText('De instellingen zijn opgeslagen.');
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toMatchObject({ primaryColour: '#1864ab', features: { credits: true } });
    expect(patch?.headers.get('X-Nestje-Csrf')).toBe('1');
    const patchAt = requests.indexOf(patch as (typeof requests)[number]);
    await waitFor(() =>
      expect(requests.slice(patchAt).some((request) => request.path === '/api/v1/me')).toBe(true),
    );
    await waitFor(() =>
      expect(document.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe('#1864ab'),
    );
  });

  it('shows a colour that is not #rrggbb next to the field and sends nothing', async () => {
    const requests = server();
    renderApp('/beheer/organisatie/instellingen');
    const colour = await screen.findByLabelText('Hoofdkleur');
    fireEvent.change(colour, { target: { value: 'blauw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(await screen.findByText('Kies een kleur in de vorm #2f6f5e.')).toBeTruthy();
    expect(colour.getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((request) => request.method === 'PATCH')).toBe(false);
  });
});
