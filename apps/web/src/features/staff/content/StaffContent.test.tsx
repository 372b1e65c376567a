import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { documentView, fakeXhr, mediaView, photoFile } from '../../../components/media/test-support.ts';
import { apiError, type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import {
  FLORIS_ID,
  groupOptions,
  HAMSTERS_ID,
  ITEM_ID,
  LOCATION_ID,
  staffItem,
  staffSummary,
} from './content-test-data.ts';

type Role = 'group_staff' | 'planner';

function server(role: Role = 'group_staff', extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({
      status: 200,
      body: meFor(staffAccount, [staffAccount], [{ role, locationId: LOCATION_ID, groupId: FLORIS_ID }]),
    }),
    'GET /api/v1/staff/content': () => ({
      status: 200,
      body: {
        items: [
          staffSummary(),
          staffSummary({
            id: '5e1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02',
            title: 'Sinterklaas',
            status: 'scheduled',
            publishedAt: '2026-12-01T07:00:00Z',
            attachmentCount: 0,
            audience: { scope: 'location', locationId: LOCATION_ID, name: 'Haarlem' },
          }),
          staffSummary({
            id: '5e1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a03',
            title: 'Concept',
            status: 'draft',
            publishedAt: null,
            attachmentCount: 0,
            audience: { scope: 'organisation', name: 'De Zonnebloem' },
          }),
        ],
        nextBefore: null,
      },
    }),
    'GET /api/v1/staff/content/audiences': () => ({ status: 200, body: groupOptions }),
    [`GET /api/v1/staff/content/${ITEM_ID}`]: () => ({ status: 200, body: staffItem() }),
    ...extra,
  });
}

/**
 * The rich text editor, as a person types into it (ProseMirror's own commands: jsdom cannot type). The editor is
 * loaded when the form opens, so it is waited for.
 */
async function typeBody(html: string) {
  const element = (await screen.findByTestId('content-editor')) as HTMLElement & {
    editor?: { commands: { setContent: (html: string, options?: { emitUpdate?: boolean }) => void } };
  };
  act(() => element.editor?.commands.setContent(html, { emitUpdate: true }));
}

async function pick(label: string, option: string) {
  fireEvent.click(await screen.findByLabelText(label, { selector: 'input', exact: false }));
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

function choose(...files: File[]) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

describe('Beheer → Inhoud', () => {
  it('lists the items of a kind with status, audience, publish moment and a paperclip', async () => {
    const requests = server();
    renderApp('/beheer/inhoud');
    const table = await screen.findByRole('table', { name: 'Nieuws' });
    const rows = within(table).getAllByTestId('staff-content-row');
    expect(rows).toHaveLength(3);
    const [published, scheduled, draft] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(
      within(published).getByRole('link', { name: 'Uitje naar de kinderboerderij' }).getAttribute('href'),
    ).toBe(`/beheer/inhoud/${ITEM_ID}?soort=nieuws`);
    expect(within(published).getByText('Gepubliceerd')).toBeTruthy();
    expect(within(published).getByText('Groep Floris')).toBeTruthy();
    expect(within(published).getByText('12 maart 2026 om 14:05')).toBeTruthy();
    expect(published.querySelector('svg[data-icon="paperclip"]')).toBeTruthy();
    expect(within(published).getByText('met 1 bijlage')).toBeTruthy();
    expect(within(scheduled).getByText('Gepland')).toBeTruthy();
    expect(within(scheduled).getByText('Locatie Haarlem')).toBeTruthy();
    expect(within(draft).getByText('Concept', { selector: 'span' })).toBeTruthy();
    expect(within(draft).getByText('Hele organisatie')).toBeTruthy();
    expect(within(draft).getByText('Nog niet gepland')).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/v1/staff/content')).toBe(true);

    fireEvent.click(screen.getByRole('tab', { name: 'Nieuwsbrieven' }));
    expect(await screen.findByRole('link', { name: 'Nieuwsbrief schrijven' })).toBeTruthy();
  });

  it('is not offered to planners', async () => {
    server('planner');
    renderApp('/beheer/inhoud');
    expect(await screen.findByRole('heading', { name: 'Geen toegang', level: 1 })).toBeTruthy();
  });

  it('publishes a news item to one group now, with a PDF attachment and an image', async () => {
    const xhrs = fakeXhr();
    const pdf = documentView('Programma.pdf', 12_000);
    const photo = mediaView();
    const requests = server('group_staff', {
      'POST /api/v1/staff/content': () => ({
        status: 201,
        body: { ...staffItem(), id: ITEM_ID, status: 'published' },
      }),
    });
    const { router } = renderApp('/beheer/inhoud/nieuw?soort=nieuws');
    expect(await screen.findByRole('heading', { name: 'Nieuwsbericht schrijven', level: 1 })).toBeTruthy();
    fireEvent.change(await screen.findByRole('textbox', { name: /^Titel/ }), {
      target: { value: 'Uitje naar de kinderboerderij' },
    });
    await typeBody('<h2>Programma</h2><p>We vertrekken om <strong>10 uur</strong>.</p>');
    await pick('Doelgroep', 'Groep Floris (Haarlem)');
    choose(new File(['%PDF-1.4'], 'Programma.pdf', { type: 'application/pdf' }), photoFile('boerderij.jpg'));
    await act(async () => xhrs[0]?.respond(201, pdf));
    await act(async () => xhrs[1]?.respond(201, photo));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/beheer/inhoud'));
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body = post?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      kind: 'news',
      title: 'Uitje naar de kinderboerderij',
      bodyHtml: '<h2>Programma</h2><p>We vertrekken om <strong>10 uur</strong>.</p>',
      audience: { scope: 'group', groupId: FLORIS_ID },
      position: 0,
      imageIds: [photo.id],
      attachmentIds: [pdf.id],
    });
    expect(Date.parse(body.publishAt as string)).toBeLessThanOrEqual(Date.now());
    expect(await screen.findByText('Het item is gepubliceerd.')).toBeTruthy();
  });

  it('plans an item for a later date and time in Amsterdam', async () => {
    const requests = server('group_staff', {
      'POST /api/v1/staff/content': () => ({ status: 201, body: { ...staffItem(), status: 'scheduled' } }),
    });
    renderApp('/beheer/inhoud/nieuw?soort=nieuwsbrieven');
    fireEvent.change(await screen.findByRole('textbox', { name: /^Titel/ }), { target: { value: 'Maart' } });
    await typeBody('<p>De nieuwsbrief van maart.</p>');
    await pick('Doelgroep', 'Groep Hamsters (Haarlem)');
    fireEvent.click(screen.getByRole('radio', { name: 'Later publiceren' }));
    fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: '2099-07-01' } });
    fireEvent.change(screen.getByLabelText(/^Tijd/), { target: { value: '09:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({
      kind: 'newsletter',
      audience: { scope: 'group', groupId: HAMSTERS_ID },
      publishAt: '2099-07-01T07:30:00.000Z',
    });
  });

  it('checks the fields before sending, and shows the server’s field errors at their fields', async () => {
    const requests = server('group_staff', {
      'POST /api/v1/staff/content': () =>
        apiError(400, 'validation_failed', [
          { path: 'audience.groupId', code: 'not_found' },
          { path: 'attachmentIds.0', code: 'not_document' },
        ]),
    });
    renderApp('/beheer/inhoud/nieuw?soort=nieuws');
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Vul een titel in.')).toBeTruthy();
    expect(screen.getByText('Schrijf een tekst.')).toBeTruthy();
    expect(screen.getByText('Kies voor wie dit is.')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(title, { target: { value: 'Nieuws' } });
    await typeBody('<p>Tekst</p>');
    await pick('Doelgroep', 'Groep Floris (Haarlem)');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText('Deze locatie of groep bestaat niet (meer) of hoort niet bij jouw werk.'),
    ).toBeTruthy();
    expect(screen.getByText('Als bijlage kan alleen een pdf mee.')).toBeTruthy();
    const audience = screen.getByLabelText('Doelgroep', { selector: 'input', exact: false });
    expect(audience.getAttribute('aria-invalid')).toBe('true');
  });

  it('changes an item, keeping its publish moment, and removes an attachment', async () => {
    const item = staffItem();
    const requests = server('group_staff', {
      [`PUT /api/v1/staff/content/${ITEM_ID}`]: () => ({ status: 200, body: item }),
    });
    renderApp(`/beheer/inhoud/${ITEM_ID}?soort=nieuws`);
    expect(await screen.findByRole('radio', { name: 'Gepubliceerd op 12 maart 2026 om 14:05' })).toBeTruthy();
    const kept = await screen.findByRole('list', { name: 'Afbeeldingen en bijlagen van dit item' });
    fireEvent.click(within(kept).getByRole('button', { name: 'Programma.pdf weghalen' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Titel/ }), { target: { value: 'Nieuwe titel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'PUT')).toBe(true));
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({
      kind: 'news',
      title: 'Nieuwe titel',
      bodyHtml: '<p>We gaan naar de kinderboerderij.</p>',
      audience: { scope: 'group', groupId: FLORIS_ID },
      publishAt: item.publishedAt,
      position: 0,
      imageIds: [],
      attachmentIds: [],
    });
  });

  it('removes an item only after confirmation', async () => {
    const requests = server('group_staff', {
      [`DELETE /api/v1/staff/content/${ITEM_ID}`]: () => ({ status: 204 }),
    });
    const { router } = renderApp(`/beheer/inhoud/${ITEM_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Verwijderen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Item verwijderen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Item verwijderen?' })).getByRole('button', {
        name: 'Verwijderen',
      }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?soort=nieuws'));
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('shows an item outside the account’s scope read-only, without saving or removing', async () => {
    server('group_staff', {
      [`GET /api/v1/staff/content/${ITEM_ID}`]: () => ({
        status: 200,
        body: staffItem({ editable: false, audience: { scope: 'organisation', name: 'De Zonnebloem' } }),
      }),
    });
    renderApp(`/beheer/inhoud/${ITEM_ID}`);
    expect(await screen.findByText(/Je kunt het lezen, maar niet wijzigen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Wijzigingen opslaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verwijderen' })).toBeNull();
  });
});
