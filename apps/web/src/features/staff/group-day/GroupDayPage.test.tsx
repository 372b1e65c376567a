import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { haarlem, hamsters } from '../setup/test-server.ts';
import { testDay } from './test-day.ts';

function server(role: 'planner' | 'group_staff' = 'planner', day = testDay()) {
  return mockFetch({
    'GET /api/v1/me': () => ({
      status: 200,
      body: meFor(staffAccount, [staffAccount], [{ role, locationId: haarlem.id, groupId: null }]),
    }),
    'GET /api/v1/groups': () => ({ status: 200, body: { groups: [hamsters] } }),
    [`GET /api/v1/groups/${hamsters.id}/day`]: () => ({ status: 200, body: day }),
    'GET /api/v1/locations': () => ({ status: 200, body: { locations: [haarlem] } }),
    'GET /api/v1/assessment': () => ({ status: 200, body: { lines: [] } }),
  });
}

describe('Dagoverzicht', () => {
  it('shows each day part with its occupancy and the children in it, absent ones marked', async () => {
    server();
    renderApp(`/beheer/aanvragen/dagoverzicht?groep=${hamsters.id}&datum=2027-03-08`);
    expect(await screen.findByRole('heading', { name: 'Dagoverzicht', level: 1 })).toBeTruthy();
    const afternoon = await screen.findByRole('region', { name: 'Middag · 12:30–18:30' });
    expect(within(afternoon).getByTestId('occupancy').textContent).toContain('2 van 12 bezet, 1 optie');
    const noortje = within(afternoon).getByRole('row', { name: /Noortje de Vries/ });
    expect(noortje.textContent).toContain('12:30–18:30');
    expect(noortje.textContent).toContain('Verwacht');
    const ties = within(afternoon).getByRole('row', { name: /Ties de Vries/ });
    expect(ties.textContent).toContain('Afwezig: ziek');
    expect(within(afternoon).getByRole('row', { name: /Daan Jansen/ }).textContent).toContain('Extra');
    expect(within(afternoon).getByRole('row', { name: /Fenna Bos/ }).textContent).toContain('Optie');
    expect(screen.getByTestId('day-summary').textContent).toContain(
      '2 kinderen verwacht · 1 afwezig · 1 kind met een optie',
    );
    expect(screen.getByRole('heading', { name: 'Maandag 8 maart 2027', level: 2 })).toBeTruthy();
  });

  it('moves to the next and previous day in the address', async () => {
    server();
    const { router } = renderApp(`/beheer/aanvragen/dagoverzicht?groep=${hamsters.id}&datum=2027-03-08`);
    fireEvent.click(await screen.findByRole('button', { name: /^Volgende dag/ }));
    await waitFor(() => expect(router.state.location.search).toContain('datum=2027-03-09'));
    fireEvent.click(screen.getByRole('button', { name: /^Vorige dag/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Vorige dag/ }));
    await waitFor(() => expect(router.state.location.search).toContain('datum=2027-03-07'));
    expect(router.state.location.search).toContain(`groep=${hamsters.id}`);
  });

  it('says when the location is closed', async () => {
    server('planner', testDay({ closed: 'Studiedag', children: [], occupancy: [] }));
    renderApp(`/beheer/aanvragen/dagoverzicht?groep=${hamsters.id}&datum=2027-03-08`);
    expect((await screen.findByTestId('closed')).textContent).toContain('Studiedag');
    expect(screen.getByTestId('empty-state').textContent).toContain(
      'De groep heeft op deze dag geen dagdelen.',
    );
  });

  it('has two tabs; Beoordelen is the assessment queue', async () => {
    server();
    renderApp('/beheer/aanvragen');
    const tabs = await screen.findByRole('navigation', { name: 'Onderdelen van Aanvragen' });
    expect(within(tabs).getByRole('link', { name: 'Beoordelen' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { name: 'Aanvragen beoordelen' })).toBeTruthy();
    fireEvent.click(within(tabs).getByRole('link', { name: 'Dagoverzicht' }));
    expect(await screen.findByRole('heading', { name: 'Dagoverzicht', level: 1 })).toBeTruthy();
  });

  it('is not for roles that do not plan', async () => {
    server('group_staff');
    renderApp(`/beheer/aanvragen/dagoverzicht?groep=${hamsters.id}`);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Dagoverzicht' })).toBeNull());
    expect(screen.queryByRole('navigation', { name: 'Onderdelen van Aanvragen' })).toBeNull();
  });
});
