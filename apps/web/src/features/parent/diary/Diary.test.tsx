import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  diaryEntry,
  fakeXhr,
  mediaView,
  NOORTJE_ID,
  photoFile,
} from '../../../components/media/test-support.ts';
import { apiError, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TIES_ID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b12';
const children = {
  children: [
    { id: NOORTJE_ID, firstName: 'Noortje', lastName: 'de Vries', birthDate: '2024-05-12', placements: [] },
    { id: TIES_ID, firstName: 'Ties', lastName: 'de Vries', birthDate: '2022-03-03', placements: [] },
  ],
};

function choose(...files: File[]) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

describe('Dagboek schrijven', () => {
  it('writes an entry with a photo for the chosen child, once, and opens it whole', async () => {
    const xhrs = fakeXhr();
    const photo = mediaView();
    const created = diaryEntry({
      childId: TIES_ID,
      childName: 'Ties',
      authorKind: 'guardian',
      authorName: 'Sanne de Vries',
      body: 'Ties heeft thuis een toren gebouwd.',
      media: [photo],
    });
    const requests = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/children': () => ({ status: 200, body: children }),
      [`POST /api/v1/children/${TIES_ID}/diary`]: () => ({ status: 201, body: created }),
      [`GET /api/v1/diary/${created.id}`]: () => ({ status: 200, body: created }),
    });
    renderApp(`/mijn-kind/dagboek/schrijven?kind=${TIES_ID}`);
    expect(await screen.findByRole('heading', { name: 'Dagboek schrijven', level: 1 })).toBeTruthy();
    const child = await screen.findByLabelText('Kind', { selector: 'input', exact: false });
    expect((child as HTMLInputElement).value).toBe('Ties');

    // Nothing written yet: the form says what is missing and sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Schrijf een tekst of kies een foto.');

    fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), {
      target: { value: 'Ties heeft thuis een toren gebouwd.' },
    });
    choose(photoFile('toren.jpg'));
    expect((screen.getByRole('button', { name: 'Versturen' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => xhrs[0]?.respond(201, photo));
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));

    expect(await screen.findByRole('heading', { name: 'Dagboek van Ties', level: 1 })).toBeTruthy();
    expect(screen.getByText('Ties heeft thuis een toren gebouwd.')).toBeTruthy();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({ body: 'Ties heeft thuis een toren gebouwd.', mediaIds: [photo.id] });
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('button', { name: 'Foto 1 van 1' })).toBeTruthy();
  });

  it('shows a refusal of the server', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/children': () => ({ status: 200, body: { children: children.children.slice(0, 1) } }),
      [`POST /api/v1/children/${NOORTJE_ID}/diary`]: () => apiError(403, 'forbidden'),
    });
    renderApp('/mijn-kind/dagboek/schrijven');
    // With one child there is nothing to choose.
    fireEvent.change(await screen.findByRole('textbox', { name: 'Tekst' }), { target: { value: 'Hallo' } });
    expect(screen.queryByLabelText('Kind', { selector: 'input', exact: false })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Je hebt hier geen toegang toe.')).toBeTruthy();
  });
});

describe('Dagboekverslag', () => {
  it('shows the entry whole and adds photos to it', async () => {
    const xhrs = fakeXhr();
    const entry = diaryEntry();
    const added = mediaView();
    let current = entry;
    const requests = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      [`GET /api/v1/diary/${entry.id}`]: () => ({ status: 200, body: current }),
      [`POST /api/v1/diary/${entry.id}/media`]: () => {
        current = { ...entry, media: [...entry.media, added] };
        return { status: 200, body: current };
      },
    });
    renderApp(`/mijn-kind/dagboek/${entry.id}`);
    expect(await screen.findByRole('heading', { name: 'Dagboek van Noortje', level: 1 })).toBeTruthy();
    expect(screen.getByText(/Daarna hebben we geverfd en buiten gespeeld\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Terug naar Mijn kind' }).getAttribute('href')).toBe(
      '/mijn-kind',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Foto’s toevoegen' }));
    const add = screen.getByRole('button', { name: 'Toevoegen' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    choose(photoFile('verf.jpg'));
    await act(async () => xhrs[0]?.respond(201, added));
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Foto 2 van 2' })).toBeTruthy());
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ mediaIds: [added.id] });
  });
});
