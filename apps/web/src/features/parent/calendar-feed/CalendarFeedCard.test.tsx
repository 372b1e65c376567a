import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const feedUrl = `http://localhost:3000/api/v1/calendar/${'a'.repeat(43)}.ics`;

describe('Agenda in je eigen kalender', () => {
  it('makes a link, shows it once with how to subscribe, and revokes it after confirmation', async () => {
    let active = false;
    const requests = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/calendar-feed': () => ({
        status: 200,
        body: { active, createdAt: active ? '2026-03-16T08:00:00Z' : null },
      }),
      'POST /api/v1/calendar-feed': () => {
        active = true;
        return { status: 201, body: { url: feedUrl } };
      },
      'DELETE /api/v1/calendar-feed': () => {
        active = false;
        return { status: 204 };
      },
    });
    renderApp('/overig');

    const card = await screen.findByRole('region', { name: 'Agenda in je eigen kalender' });
    expect(await within(card).findByText('Je hebt nog geen agendalink.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Link maken' }));

    const input = await within(card).findByLabelText('Jouw agendalink');
    expect((input as HTMLInputElement).value).toBe(feedUrl);
    expect(within(card).getByRole('button', { name: 'Kopiëren' })).toBeTruthy();
    expect(card.textContent).toContain("Google Agenda: Andere agenda's → Via URL");
    expect(card.textContent).toContain('Nieuw agenda-abonnement');
    expect(card.textContent).toContain('Abonneren via internet');
    expect(await within(card).findByRole('button', { name: 'Nieuwe link maken' })).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Link intrekken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link intrekken?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
    expect(await within(card).findByRole('button', { name: 'Link maken' })).toBeTruthy();
    expect(within(card).queryByLabelText('Jouw agendalink')).toBeNull();
  });
});
