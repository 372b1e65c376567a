import type { TaggableChild } from '@nestje/contract';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  diaryEntry,
  fakeXhr,
  mediaView,
  photoFile,
  threePhotoPost,
} from '../../../components/media/test-support.ts';
import { apiError, type MockRoutes, mockFetch } from '../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { haarlem, hamsters } from '../setup/test-server.ts';

const noortje: TaggableChild = {
  id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b11',
  firstName: 'Noortje',
  lastName: 'de Vries',
  photoConsent: true,
  otherFamiliesConsent: true,
};
const daan: TaggableChild = {
  id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b21',
  firstName: 'Daan',
  lastName: 'Jansen',
  photoConsent: true,
  otherFamiliesConsent: false,
};
const fenna: TaggableChild = {
  id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b31',
  firstName: 'Fenna',
  lastName: 'Bos',
  photoConsent: false,
  otherFamiliesConsent: false,
};
const all = [noortje, daan, fenna];

/** The consent rules of the server, for the tag-check: Daan only alone, Fenna never. */
function refusalsFor(childIds: string[]) {
  const refusals = [];
  if (childIds.includes(fenna.id)) refusals.push({ ...fenna, childId: fenna.id, reason: 'no_photo_consent' });
  if (childIds.includes(daan.id) && childIds.some((id) => id !== daan.id))
    refusals.push({ ...daan, childId: daan.id, reason: 'no_consent_other_families' });
  return refusals.map(({ childId, firstName, lastName, reason }) => ({
    childId,
    firstName,
    lastName,
    reason,
  }));
}

function server(role: 'group_staff' | 'planner' = 'group_staff', extra: MockRoutes = {}) {
  const entry = diaryEntry();
  return mockFetch({
    'GET /api/v1/me': () => ({
      status: 200,
      body: meFor(staffAccount, [staffAccount], [{ role, locationId: haarlem.id, groupId: hamsters.id }]),
    }),
    'GET /api/v1/groups': () => ({ status: 200, body: { groups: [hamsters] } }),
    [`GET /api/v1/groups/${hamsters.id}/timeline`]: () => ({
      status: 200,
      body: { items: [{ kind: 'diary', at: entry.writtenAt, entry }], nextBefore: null },
    }),
    [`GET /api/v1/groups/${hamsters.id}/taggable-children`]: () => ({ status: 200, body: { children: all } }),
    [`POST /api/v1/groups/${hamsters.id}/tag-check`]: (request) => ({
      status: 200,
      body: { refusals: refusalsFor((request.body as { childIds: string[] }).childIds) },
    }),
    [`POST /api/v1/groups/${hamsters.id}/posts`]: () => ({ status: 201, body: threePhotoPost() }),
    ...extra,
  });
}

const tag = (name: string) => screen.getByRole('checkbox', { name: `${name} op foto 1` });
const postButton = () => screen.getByRole('button', { name: 'Plaatsen' }) as HTMLButtonElement;

async function withOnePhoto() {
  const xhrs = fakeXhr();
  renderApp(`/beheer/tijdlijn/plaatsen?groep=${hamsters.id}`);
  expect(await screen.findByRole('heading', { name: 'Foto’s plaatsen', level: 1 })).toBeTruthy();
  await screen.findByRole('button', { name: 'Foto’s kiezen' });
  fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), { target: { value: 'Zandbak!' } });
  fireEvent.change(document.querySelector('input[type="file"]') as HTMLInputElement, {
    target: { files: [photoFile('zandbak.jpg')] },
  });
  const media = mediaView();
  await act(async () => xhrs[0]?.respond(201, media));
  return media;
}

describe('Beheer → Tijdlijn', () => {
  it('shows the group’s timeline with the actions to post photos and write in the diary', async () => {
    server();
    renderApp('/beheer/tijdlijn');
    expect(await screen.findByRole('heading', { name: 'Tijdlijn', level: 1 })).toBeTruthy();
    const actions = await screen.findByRole('group', { name: 'Plaatsen' });
    expect(within(actions).getByRole('link', { name: 'Foto’s plaatsen' }).getAttribute('href')).toBe(
      `/beheer/tijdlijn/plaatsen?groep=${hamsters.id}`,
    );
    expect(within(actions).getByRole('link', { name: 'Dagboek schrijven' }).getAttribute('href')).toBe(
      `/beheer/tijdlijn/dagboek/schrijven?groep=${hamsters.id}`,
    );
    const feed = await screen.findByRole('region', { name: 'Tijdlijn van de groep' });
    expect(
      within(feed)
        .getByRole('link', { name: /Hele verslag over Noortje lezen/ })
        .getAttribute('href'),
    ).toBe(`/beheer/tijdlijn/dagboek/${diaryEntry().id}?groep=${hamsters.id}`);
  });

  it('is not for roles that do not work in groups', async () => {
    server('planner');
    renderApp('/beheer/tijdlijn');
    expect(await screen.findByRole('heading', { name: 'Geen toegang', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Foto’s plaatsen' })).toBeNull();
  });

  it('checks each change of a photo’s tags and keeps Plaatsen disabled while a refusal stands', async () => {
    const requests = server();
    const media = await withOnePhoto();
    expect(screen.getByRole('img', { name: 'Foto 1 van 1' }).getAttribute('src')).toBe(media.smallUrl);
    // The consent state of every child shows next to its name.
    expect(screen.getAllByText('Niet voor andere gezinnen')).toHaveLength(1);
    expect(screen.getAllByText('Geen foto’s')).toHaveLength(1);

    fireEvent.click(tag('Noortje de Vries'));
    await waitFor(() => expect(postButton().disabled).toBe(false));

    fireEvent.click(tag('Daan Jansen'));
    const refusal = await screen.findByTestId('tag-refusal');
    expect(refusal.textContent).toBe(
      'Daan kan niet op deze foto: geen toestemming om gezien te worden door andere gezinnen.',
    );
    expect(postButton().disabled).toBe(true);
    expect(screen.getByText('Haal eerst de geweigerde kinderen van de foto’s.')).toBeTruthy();
    const checks = requests.filter((request) => request.path.endsWith('/tag-check'));
    expect(checks.map((request) => request.body)).toEqual([
      { childIds: [noortje.id] },
      { childIds: [noortje.id, daan.id] },
    ]);

    fireEvent.click(tag('Daan Jansen'));
    await waitFor(() => expect(screen.queryByTestId('tag-refusal')).toBeNull());
    expect(postButton().disabled).toBe(false);

    // A child without consent for photos is refused at once, before the server has answered.
    fireEvent.click(tag('Fenna Bos'));
    expect(screen.getByTestId('tag-refusal').textContent).toBe(
      'Fenna kan niet op deze foto: geen toestemming voor foto’s.',
    );
    expect(postButton().disabled).toBe(true);
    fireEvent.click(tag('Fenna Bos'));
    await waitFor(() => expect(postButton().disabled).toBe(false));
  });

  it('posts the photos with their tags once, and goes back to the timeline', async () => {
    const requests = server();
    const media = await withOnePhoto();
    fireEvent.click(tag('Noortje de Vries'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ouders mogen foto 1 downloaden' }));
    await waitFor(() => expect(postButton().disabled).toBe(false));
    fireEvent.click(postButton());
    expect(await screen.findByRole('heading', { name: 'Tijdlijn', level: 1 })).toBeTruthy();
    const post = requests.find((request) => request.path.endsWith('/posts'));
    expect(post?.body).toEqual({
      body: 'Zandbak!',
      photos: [{ mediaId: media.id, childIds: [noortje.id], downloadable: false }],
    });
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the server’s refusal of a tag the same way, at the photo', async () => {
    server('group_staff', {
      [`POST /api/v1/groups/${hamsters.id}/posts`]: () =>
        apiError(400, 'validation_failed', [
          { path: 'photos.0.childIds', code: 'no_consent_other_families' },
        ]),
    });
    await withOnePhoto();
    fireEvent.click(tag('Noortje de Vries'));
    await waitFor(() => expect(postButton().disabled).toBe(false));
    fireEvent.click(postButton());
    expect(await screen.findByText('geen toestemming om gezien te worden door andere gezinnen')).toBeTruthy();
    await waitFor(() => expect(postButton().disabled).toBe(true));
    // Changing the tags asks again; the refusal of the post no longer stands.
    fireEvent.click(tag('Noortje de Vries'));
    await waitFor(() => expect(postButton().disabled).toBe(false));
  });

  it('writes in the diary of a child of the group', async () => {
    const created = diaryEntry({
      childId: daan.id,
      childName: 'Daan',
      body: 'Daan heeft geschilderd.',
      media: [],
    });
    const requests = server('group_staff', {
      [`POST /api/v1/children/${daan.id}/diary`]: () => ({ status: 201, body: created }),
    });
    renderApp(`/beheer/tijdlijn/dagboek/schrijven?groep=${hamsters.id}&kind=${daan.id}`);
    const child = await screen.findByLabelText('Kind', { selector: 'input', exact: false });
    expect((child as HTMLInputElement).value).toBe('Daan Jansen');
    fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), {
      target: { value: 'Daan heeft geschilderd.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('heading', { name: 'Tijdlijn', level: 1 })).toBeTruthy();
    expect(requests.find((request) => request.path.endsWith('/diary'))?.body).toEqual({
      body: 'Daan heeft geschilderd.',
      mediaIds: [],
    });
  });
});
