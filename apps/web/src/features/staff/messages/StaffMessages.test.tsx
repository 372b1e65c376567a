import type { Group } from '@nestje/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { message, recipients, summary, THREAD_ID, TIES_ID, thread } from '../../parent/messages/test-data.ts';
import { haarlem, hamsters } from '../setup/test-server.ts';

const vlinders: Group = { ...hamsters, id: '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c03', name: 'Vlinders' };
const other: Group = { ...hamsters, id: '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c09', name: 'Egeltjes' };

function server(role: 'group_staff' | 'planner' = 'group_staff', extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({
      status: 200,
      body: meFor(
        staffAccount,
        [staffAccount],
        [
          { role, locationId: haarlem.id, groupId: hamsters.id },
          { role, locationId: haarlem.id, groupId: vlinders.id },
        ],
      ),
    }),
    'GET /api/v1/groups': () => ({ status: 200, body: { groups: [hamsters, vlinders, other] } }),
    'GET /api/v1/messages/unread': () => ({
      status: 200,
      body: {
        total: 3,
        groups: [
          { groupId: hamsters.id, groupName: 'Hamsters', unread: 3 },
          { groupId: vlinders.id, groupName: 'Vlinders', unread: 0 },
        ],
      },
    }),
    [`GET /api/v1/groups/${hamsters.id}/threads`]: () => ({
      status: 200,
      body: { threads: [summary({ unread: 3, lastAuthorName: 'Sanne de Vries' })], nextBefore: null },
    }),
    [`GET /api/v1/groups/${vlinders.id}/threads`]: () => ({
      status: 200,
      body: { threads: [], nextBefore: null },
    }),
    'GET /api/v1/messages/recipients': () => ({ status: 200, body: recipients }),
    [`GET /api/v1/threads/${THREAD_ID}`]: () => ({
      status: 200,
      body: thread({
        messages: [
          message({ mine: false }),
          message({
            id: '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d05',
            mine: true,
            authorName: 'Ahmed Bakker',
            authorKind: 'staff',
            body: 'Ja hoor!',
            sentAt: '2026-03-12T14:30:00Z',
          }),
        ],
      }),
    }),
    ...extra,
  });
}

// jsdom does not lay out, so it has no scrollIntoView; the open list scrolls to the chosen group with it.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

describe('Beheer → Berichten', () => {
  it('shows the inbox of the staff member’s groups with unread counts, and opens a thread', async () => {
    server();
    const { router } = renderApp('/beheer/berichten');
    expect(await screen.findByRole('heading', { name: 'Berichten', level: 1 })).toBeTruthy();
    const group = await screen.findByLabelText('Groep', { selector: 'input', exact: false });
    await waitFor(() => expect((group as HTMLInputElement).value).toBe('Hamsters (3 nieuw)'));
    fireEvent.click(group);
    const options = (await screen.findAllByRole('option', { hidden: true })).map((o) => o.textContent);
    expect(options).toEqual(['Hamsters (3 nieuw)', 'Vlinders']);
    fireEvent.click(screen.getByRole('option', { name: 'Vlinders', hidden: true }));
    expect(await screen.findByText('Deze groep heeft nog geen berichten.')).toBeTruthy();
    fireEvent.click(group);
    fireEvent.click(await screen.findByRole('option', { name: 'Hamsters (3 nieuw)', hidden: true }));

    const inbox = await screen.findByRole('list', { name: 'Berichten van de groep' });
    const row = within(inbox).getByRole('link');
    expect(within(row).getByText('3 nieuw')).toBeTruthy();
    expect(row.getAttribute('href')).toBe(`/beheer/berichten/${THREAD_ID}?groep=${hamsters.id}`);
    fireEvent.click(row);
    expect(await screen.findByRole('heading', { name: 'Slaapje', level: 1 })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/beheer/berichten/${THREAD_ID}`);
    expect(screen.getByText('Ahmed Bakker (jij)')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Antwoord' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: /Terug naar de berichten van de groep/ }).getAttribute('href'),
    ).toBe(`/beheer/berichten?groep=${hamsters.id}`);
  });

  it('starts a thread to the guardians of a child of the group, with the group fixed', async () => {
    const requests = server('group_staff', {
      'POST /api/v1/threads': () => ({ status: 201, body: thread() }),
    });
    renderApp(`/beheer/berichten/nieuw?groep=${vlinders.id}`);
    expect(await screen.findByText('Aan de medewerkers van Vlinders')).toBeTruthy();
    // Only Ties is in the Vlinders, so there is no child to choose and no group to ask.
    expect(await screen.findByText('Over Ties de Vries')).toBeTruthy();
    expect(screen.queryByLabelText('Kind', { selector: 'input', exact: false })).toBeNull();
    fireEvent.change(screen.getByLabelText('Onderwerp', { exact: false }), {
      target: { value: 'Uitstapje' },
    });
    fireEvent.change(screen.getByLabelText('Bericht', { exact: false, selector: 'textarea' }), {
      target: { value: 'Morgen gaan we naar het bos.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('heading', { name: 'Slaapje', level: 1 })).toBeTruthy();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      childId: TIES_ID,
      groupId: vlinders.id,
      subject: 'Uitstapje',
      body: 'Morgen gaan we naar het bos.',
      attachmentIds: [],
    });
  });

  it('shows the chosen group’s inbox from the address, empty when it has no threads', async () => {
    server();
    renderApp(`/beheer/berichten?groep=${vlinders.id}`);
    expect(await screen.findByText('Deze groep heeft nog geen berichten.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bericht aan ouders' }).getAttribute('href')).toBe(
      `/beheer/berichten/nieuw?groep=${vlinders.id}`,
    );
  });
});
