import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { answer, CHILD, childConsent, children, consents, item, OUTINGS, THOMAS } from './test-data.ts';

const me = () => ({ status: 200, body: meFor(guardianAccount) });
const consentsPath = `/api/v1/children/${CHILD}/consents`;

describe('Overig → Kinderen → a child: Toestemmingen', () => {
  it('links each child from Overig to its page', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/children': () => ({ status: 200, body: children }),
    });
    renderApp('/overig');
    const link = await screen.findByRole('link', { name: 'Noortje de Vries' });
    expect(link.getAttribute('href')).toBe(`/overig/kinderen/${CHILD}`);
  });

  it('shows each item with its text and saves a Ja/Nee choice at once, with a confirmation', async () => {
    let current = consents([
      childConsent({ mine: null, thomas: answer({ guardianId: THOMAS, granted: true }) }),
    ]);
    const requests = mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/children': () => ({ status: 200, body: children }),
      [`GET ${consentsPath}`]: () => ({ status: 200, body: current }),
      [`PUT ${consentsPath}/${OUTINGS}`]: (request) => {
        const granted = (request.body as { granted: boolean }).granted;
        current = consents([
          childConsent({ mine: answer({ granted }), thomas: answer({ guardianId: THOMAS, granted: true }) }),
        ]);
        return { status: 200, body: current };
      },
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    expect(await screen.findByRole('heading', { name: 'Noortje de Vries', level: 1 })).toBeTruthy();
    const card = await screen.findByTestId('consent-item');
    expect(within(card).getByRole('heading', { name: 'Uitstapjes' })).toBeTruthy();
    expect(within(card).getByText('Mijn kind mag mee op uitstapjes.')).toBeTruthy();
    expect(card.textContent).toContain('Sanne de Vries: Nog niet beantwoord');
    expect(card.textContent).toContain('Noortje heeft deze toestemming niet');

    fireEvent.click(within(card).getByRole('radio', { name: 'Ja' }));
    expect(await within(card).findByText('Bewaard: Ja voor ‘Uitstapjes’.')).toBeTruthy();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ granted: true, textId: item().text.id });
    expect((within(card).getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(true);
    expect(card.textContent).toContain('Noortje heeft deze toestemming.');
    expect(card.textContent).toMatch(/Sanne de Vries: Ja op/);
  });

  it('reloads and shows the new text when the text changed meanwhile (409 consent.text_changed)', async () => {
    let version = 1;
    const text = () => ({
      id: `6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c4${version}`,
      version,
      body: version === 1 ? 'Oude tekst.' : 'Nieuwe tekst over uitstapjes.',
      createdAt: '2026-01-05T09:00:00Z',
    });
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/children': () => ({ status: 200, body: children }),
      [`GET ${consentsPath}`]: () => ({
        status: 200,
        body: consents([childConsent({ mine: null }, item({ text: text() }))]),
      }),
      [`PUT ${consentsPath}/${OUTINGS}`]: () => {
        version = 2;
        return apiError(409, 'consent.text_changed');
      },
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    const card = await screen.findByTestId('consent-item');
    expect(within(card).getByText('Oude tekst.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('radio', { name: 'Nee' }));
    expect(
      await screen.findByText(
        'De tekst van ‘Uitstapjes’ is net gewijzigd. Lees de nieuwe tekst hieronder en kies opnieuw.',
      ),
    ).toBeTruthy();
    expect(await screen.findByText('Nieuwe tekst over uitstapjes.')).toBeTruthy();
  });

  it('shows another error translated', async () => {
    mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/children': () => ({ status: 200, body: children }),
      [`GET ${consentsPath}`]: () => ({ status: 200, body: consents([childConsent()]) }),
      [`PUT ${consentsPath}/${OUTINGS}`]: () => apiError(403, 'forbidden'),
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    const card = await screen.findByTestId('consent-item');
    fireEvent.click(within(card).getByRole('radio', { name: 'Ja' }));
    expect(await within(card).findByText('Je hebt hier geen toegang toe.')).toBeTruthy();
  });

  it('a guardian without parental authority sees the answers, cannot change them, and reads why', async () => {
    const requests = mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/children': () => ({ status: 200, body: children }),
      [`GET ${consentsPath}`]: () => ({
        status: 200,
        body: consents([childConsent({ mine: answer({ granted: true }), you: false, canAnswer: false })]),
      }),
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    expect(await screen.findByTestId('consents-no-authority')).toBeTruthy();
    expect(screen.getByTestId('consents-no-authority').textContent).toContain(
      'Je hebt geen ouderlijk gezag over Noortje',
    );
    const card = screen.getByTestId('consent-item');
    expect(card.textContent).toMatch(/Sanne de Vries: Ja op/);
    const yes = within(card).getByRole('radio', { name: 'Ja' }) as HTMLInputElement;
    expect(yes.disabled).toBe(true);
    fireEvent.click(within(card).getByRole('radio', { name: 'Nee' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(false));
  });
});
