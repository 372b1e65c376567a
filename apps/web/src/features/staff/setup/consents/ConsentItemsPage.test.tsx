import type { ConsentItem } from '@nestje/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../../test/fetch-mock.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { item, OUTINGS, PHOTOS } from '../../../parent/children/test-data.ts';
import { adminMe } from '../test-server.ts';

const me = () => {
  const body = adminMe();
  return {
    status: 200,
    body: { ...body, permittedActions: [...body.permittedActions, 'consentItem.create'] },
  };
};

const photos = item({
  id: PHOTOS,
  key: 'photos_other_families',
  title: 'Foto’s voor andere gezinnen',
  position: 2,
  text: {
    id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c61',
    version: 1,
    body: 'Groepsfoto’s.',
    createdAt: '2026-01-05T09:00:00Z',
  },
});

function server(initial: ConsentItem[]) {
  let items = initial;
  const requests = mockFetch({
    'GET /api/v1/me': me,
    'GET /api/v1/consent-items': () => ({ status: 200, body: { items } }),
    'POST /api/v1/consent-items': ({ body }) => {
      const { title, body: text } = body as { title: string; body: string };
      const created = item({ title, text: { ...item().text, body: text } });
      items = [...items, created];
      return { status: 201, body: created };
    },
    [`PATCH /api/v1/consent-items/${PHOTOS}`]: () =>
      apiError(400, 'validation_failed', [{ path: 'active', code: 'consent_builtin' }]),
    [`PATCH /api/v1/consent-items/${OUTINGS}`]: ({ body }) => {
      items = items.map((i) => (i.id === OUTINGS ? { ...i, ...(body as object) } : i));
      return { status: 200, body: items.find((i) => i.id === OUTINGS) };
    },
    [`POST /api/v1/consent-items/${OUTINGS}/texts`]: ({ body }) => {
      items = items.map((i) =>
        i.id === OUTINGS
          ? {
              ...i,
              text: {
                ...i.text,
                id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c62',
                version: 2,
                body: (body as { body: string }).body,
              },
            }
          : i,
      );
      return { status: 201, body: items.find((i) => i.id === OUTINGS) };
    },
  });
  return requests;
}

describe('Beheer → Organisatie → Toestemmingen', () => {
  it('shows the tab to admins and adds an item of the organisation’s own with an idempotency key', async () => {
    const requests = server([photos]);
    renderApp('/beheer/organisatie/toestemmingen');
    expect(await screen.findByRole('heading', { name: 'Toestemmingen', level: 2 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Toestemmingen' })).toBeTruthy();
    const builtin = await screen.findByTestId('consent-item');
    expect(within(builtin).getByText('Vast onderdeel')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Toestemming toevoegen' }));
    const form = screen.getByTestId('new-consent-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findAllByText('Vul dit veld in.')).toHaveLength(2);
    fireEvent.change(within(form).getByLabelText(/^Titel/), { target: { value: 'Uitstapjes' } });
    fireEvent.change(within(form).getByLabelText(/^Tekst waar ouders/), {
      target: { value: 'Mijn kind mag mee op uitstapjes.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getAllByTestId('consent-item')).toHaveLength(2));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ title: 'Uitstapjes', body: 'Mijn kind mag mee op uitstapjes.' });
    expect(post?.headers.get('idempotency-key')).toBeTruthy();
  });

  it('a built-in item cannot be switched off; the server’s refusal shows at the field', async () => {
    server([photos]);
    renderApp('/beheer/organisatie/toestemmingen');
    const card = await screen.findByTestId('consent-item');
    fireEvent.click(within(card).getByRole('button', { name: 'Wijzigen' }));
    const active = within(card).getByRole('switch', { name: /Actief/ }) as HTMLInputElement;
    expect(active.disabled).toBe(true);
    expect(within(card).getByText('Vaste onderdelen blijven altijd actief.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Opslaan' }));
    expect(await within(card).findByText('Een vast onderdeel blijft altijd actief.')).toBeTruthy();
  });

  it('deactivates an own item and publishes a new version of its text', async () => {
    const requests = server([photos, item()]);
    renderApp('/beheer/organisatie/toestemmingen');
    const cards = await screen.findAllByTestId('consent-item');
    const own = cards[1] as HTMLElement;
    fireEvent.click(within(own).getByRole('button', { name: 'Wijzigen' }));
    fireEvent.click(within(own).getByRole('switch', { name: /Actief/ }));
    fireEvent.click(within(own).getByRole('button', { name: 'Opslaan' }));
    expect(await within(own).findByText('Niet actief')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      title: 'Uitstapjes',
      position: 3,
      active: false,
    });

    fireEvent.click(within(own).getByRole('button', { name: 'Nieuwe tekstversie' }));
    const form = within(own).getByTestId('new-consent-text-form');
    fireEvent.change(within(form).getByLabelText(/^Nieuwe tekstversie/), {
      target: { value: 'Een nieuwe tekst.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Publiceren' }));
    expect(await within(own).findByText(/Huidige tekst \(versie 2/)).toBeTruthy();
    expect(within(own).queryByTestId('new-consent-text-form')).toBeNull();
    expect(within(own).getByText('Een nieuwe tekst.')).toBeTruthy();
  });
});
