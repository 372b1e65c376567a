import type { StaffProfile } from '@nestje/contract';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeXhr, mediaView, photoFile } from '../../../components/media/test-support.ts';
import { apiError, type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const MILA = '5b1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01';
const COLLEAGUE = '5b1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c02';
const current = mediaView();

const profile = (overrides: Partial<StaffProfile> = {}): StaffProfile => ({
  staffMemberId: MILA,
  firstName: 'Mila',
  lastName: 'Jansen',
  displayName: 'Mila',
  customDisplayName: 'Mila',
  about: 'Ik werk op de Hamsters.',
  photo: current,
  visibleToParents: true,
  updatedAt: '2026-11-20T10:00:00Z',
  ...overrides,
});

function server(extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/v1/me': () => ({
      status: 200,
      body: meFor(staffAccount, [staffAccount], [{ role: 'group_staff', locationId: null, groupId: MILA }]),
    }),
    'GET /api/v1/staff-profile': () => ({ status: 200, body: profile() }),
    [`PUT /api/v1/staff-members/${MILA}/profile`]: (request) => {
      const body = request.body as { displayName: string | null; about: string; photoId: string | null };
      return {
        status: 200,
        body: profile({
          about: body.about,
          customDisplayName: body.displayName,
          displayName: body.displayName ?? 'Mila Jansen',
          photo:
            body.photoId === current.id ? current : body.photoId ? mediaView({ id: body.photoId }) : null,
        }),
      };
    },
    ...extra,
  });
}

const about = () => screen.getByRole('textbox', { name: /Over mij/ });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

describe('Beheer → Mijn profiel', () => {
  it('is in the side menu and edits the about text, keeping the photo', async () => {
    const requests = server();
    renderApp('/beheer');
    const nav = await screen.findByTestId('staff-nav');
    fireEvent.click(within(nav).getByRole('link', { name: 'Mijn profiel' }));
    expect(await screen.findByRole('heading', { name: 'Mijn profiel', level: 1 })).toBeTruthy();
    await waitFor(() => expect((about() as HTMLTextAreaElement).value).toBe('Ik werk op de Hamsters.'));
    expect(screen.getByText('23 van 1000 tekens')).toBeTruthy();
    fireEvent.change(about(), { target: { value: 'Ik werk al tien jaar op de Hamsters.' } });
    save();
    expect(await screen.findByText('Je profiel is bewaard.')).toBeTruthy();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({
      displayName: 'Mila',
      about: 'Ik werk al tien jaar op de Hamsters.',
      photoId: current.id,
      visibleToParents: true,
    });
  });

  it('uploads a new photo with its progress and saves it; an empty name is sent as none', async () => {
    const requests = server();
    const xhrs = fakeXhr();
    renderApp('/beheer/profiel');
    await screen.findByRole('button', { name: 'Foto kiezen' });
    fireEvent.change(screen.getByRole('textbox', { name: /Naam voor ouders/ }), { target: { value: ' ' } });
    fireEvent.change(document.querySelector('input[type="file"]') as HTMLInputElement, {
      target: { files: [photoFile('ik.jpg')] },
    });
    await act(async () => xhrs[0]?.progress(512, 2048));
    expect(screen.getByText('25%')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Profiel opslaan' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    const uploaded = mediaView();
    await act(async () => xhrs[0]?.respond(201, uploaded));
    expect(screen.getByText('De nieuwe foto wordt bewaard als je het profiel opslaat.')).toBeTruthy();
    save();
    expect(await screen.findByText('Je profiel is bewaard.')).toBeTruthy();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ displayName: null, photoId: uploaded.id });
  });

  it('removes the photo, switches visibility off, and shows a refusal at its field', async () => {
    const requests = server({
      [`PUT /api/v1/staff-members/${MILA}/profile`]: () =>
        apiError(400, 'validation_failed', [{ path: 'about', code: 'too_big' }]),
    });
    renderApp('/beheer/profiel');
    fireEvent.click(await screen.findByRole('button', { name: 'Foto verwijderen' }));
    expect(screen.getByText('Nog geen foto.')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: /Zichtbaar voor ouders/ }));
    save();
    await waitFor(() => expect(about().getAttribute('aria-invalid')).toBe('true'));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ photoId: null, visibleToParents: false });
  });

  it('lets an admin open a colleague’s profile by its address', async () => {
    server({
      [`GET /api/v1/staff-members/${COLLEAGUE}/profile`]: () => ({
        status: 200,
        body: profile({
          staffMemberId: COLLEAGUE,
          firstName: 'Daan',
          lastName: 'Smit',
          customDisplayName: null,
        }),
      }),
    });
    renderApp(`/beheer/profiel/${COLLEAGUE}`);
    expect(await screen.findByRole('heading', { name: 'Profiel van Daan Smit', level: 1 })).toBeTruthy();
    expect(screen.getByText(/Leeg laten toont je voor- en achternaam: Daan Smit/)).toBeTruthy();
  });

  it('is linked from a staff member’s page in Organisatie → Medewerkers, for organisation admins only', async () => {
    const member = {
      id: COLLEAGUE,
      firstName: 'Daan',
      lastName: 'Smit',
      email: 'daan@example.nl',
      phone: '',
      active: true,
      roles: [],
      accountId: null,
      invitation: null,
      permittedActions: ['staffMember.manage'],
    };
    const path = `/beheer/organisatie/medewerkers/${COLLEAGUE}`;
    const linkName = 'Profiel voor ouders (Ons team) bewerken';
    for (const role of ['organisation_admin', 'location_manager'] as const) {
      server({
        'GET /api/v1/me': () => ({
          status: 200,
          body: {
            ...meFor(staffAccount, [staffAccount], [{ role, locationId: null, groupId: null }]),
            permittedActions: ['staffMember.list'],
          },
        }),
        [`GET /api/v1/staff-members/${COLLEAGUE}`]: () => ({ status: 200, body: member }),
      });
      const { unmount } = renderApp(path);
      expect(await screen.findByRole('heading', { name: 'Daan Smit', level: 2 })).toBeTruthy();
      const link = screen.queryByRole('link', { name: linkName });
      if (role === 'organisation_admin')
        expect(link?.getAttribute('href')).toBe(`/beheer/profiel/${COLLEAGUE}`);
      else expect(link).toBeNull();
      unmount();
    }
  });
});
