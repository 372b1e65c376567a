import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../../test/fetch-mock.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { adminMe, haarlem, hamsters } from '../test-server.ts';

function server(answer: () => { status: number; body?: unknown }) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: adminMe() }),
    'GET /api/v1/locations': () => ({ status: 200, body: { locations: [haarlem] } }),
    'GET /api/v1/groups': () => ({ status: 200, body: { groups: [hamsters] } }),
    'POST /api/v1/groups': answer,
  });
}

async function fillNewGroup() {
  renderApp('/beheer/organisatie/groepen/nieuw');
  fireEvent.change(await screen.findByLabelText('Naam'), { target: { value: 'Egeltjes' } });
  // Closed on Tuesday: Wednesday is the second open day sent.
  fireEvent.click(screen.getByLabelText('Open op dinsdag'));
  fireEvent.click(screen.getByRole('button', { name: 'Groep toevoegen' }));
}

describe('new group form', () => {
  it('sends the open days only, with numbers as numbers, for the only location', async () => {
    const requests = server(() => ({ status: 201, body: { ...hamsters, name: 'Egeltjes' } }));
    await fillNewGroup();
    await screen.findByText('Groep Egeltjes is toegevoegd.');
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      locationId: haarlem.id,
      name: 'Egeltjes',
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 48,
      capacity: 12,
      openingHours: [1, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '07:30', closesAt: '18:30' })),
    });
  });

  it('shows the server’s error about the second day sent at Wednesday, where it belongs', async () => {
    server(() =>
      apiError(400, 'validation_failed', [{ path: 'openingHours.1.closesAt', code: 'time_order' }]),
    );
    await fillNewGroup();
    const wednesday = screen.getByLabelText('Open tot op woensdag');
    await waitFor(() => expect(wednesday.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = wednesday.getAttribute('aria-describedby') ?? '';
    const description = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(description).toContain('De eindtijd moet na de begintijd liggen.');
    expect(screen.getByLabelText('Open tot op maandag').getAttribute('aria-invalid')).not.toBe('true');
    // The field says it; no second, general alert repeats it.
    expect(screen.queryByText('Controleer de gemarkeerde velden.')).toBeNull();
  });
});
