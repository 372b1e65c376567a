import type { ChildDeclarations, Declaration, DeclarationForm } from '@nestje/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockFetch } from '../../../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { CHILD, children, SANNE } from './test-data.ts';

const FORM = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d01';
const V1 = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d11';
const V2 = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d12';

function form(version: 1 | 2 = 1): DeclarationForm {
  const fields = [
    { id: 'medicine', type: 'text' as const, label: 'Naam medicijn', required: true, options: [] },
    {
      id: 'consent',
      type: 'yesNo' as const,
      label: 'Toestemming om toe te dienen',
      required: true,
      options: [],
    },
    { id: 'until', type: 'date' as const, label: 'Tot en met', required: false, options: [] },
    { id: 'shape', type: 'choice' as const, label: 'Vorm', required: false, options: ['Drank', 'Tablet'] },
  ];
  return {
    id: FORM,
    position: 1,
    active: true,
    current: {
      id: version === 1 ? V1 : V2,
      version,
      title: 'Medicijngebruik',
      description: 'Vul in welk medicijn je kind gebruikt.',
      fields: version === 1 ? fields : [...fields, { ...fields[0]!, id: 'dose', label: 'Dosering' }],
      createdAt: '2026-01-05T09:00:00Z',
    },
  };
}

function signed(values: Declaration['values']): Declaration {
  return {
    id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d21',
    formId: FORM,
    version: form(1).current,
    values,
    guardianId: SANNE,
    signedName: 'Sanne de Vries',
    signedAt: '2026-03-02T09:30:00Z',
  };
}

function declarations(current: Declaration | null, version: 1 | 2 = 1, canSign = true): ChildDeclarations {
  return {
    childId: CHILD,
    forms: [{ form: form(version), current, outdated: current !== null && version === 2 }],
    history: current ? [current] : [],
    canSign,
  };
}

const path = `/api/v1/children/${CHILD}/declarations`;
const base = {
  'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
  'GET /api/v1/children': () => ({ status: 200, body: children }),
  [`GET /api/v1/children/${CHILD}/details`]: () => ({
    status: 200,
    body: { childId: CHILD, mentorName: 'Mila Bakker', placements: [] },
  }),
  [`GET /api/v1/children/${CHILD}/consents`]: () => ({
    status: 200,
    body: { childId: CHILD, items: [], history: [] },
  }),
};

describe('Overig → Kinderen → a child: Verklaringen', () => {
  it('checks the fields before sending, then signs with the typed name and shows it signed', async () => {
    let current: Declaration | null = null;
    const requests = mockFetch({
      ...base,
      [`GET ${path}`]: () => ({ status: 200, body: declarations(current) }),
      [`POST ${path}/${FORM}`]: (request) => {
        current = signed((request.body as { values: Declaration['values'] }).values);
        return { status: 201, body: declarations(current) };
      },
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    expect(await screen.findByText('Mila Bakker')).toBeTruthy();
    const card = await screen.findByTestId('declaration-item');
    expect(within(card).getByText('Nog niet ingevuld')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Invullen' }));

    fireEvent.click(within(card).getByRole('button', { name: 'Ondertekenen en versturen' }));
    expect(await within(card).findAllByText('Vul dit veld in.')).toHaveLength(3);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(within(card).getByLabelText(/Naam medicijn/), { target: { value: 'Paracetamol' } });
    fireEvent.click(within(card).getByRole('radio', { name: 'Ja' }));
    fireEvent.click(within(card).getByRole('radio', { name: 'Drank' }));
    fireEvent.change(within(card).getByLabelText(/Ondertekenen met je volledige naam/), {
      target: { value: 'Sanne de Vries' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Ondertekenen en versturen' }));

    expect(await within(card).findByText('De verklaring is ondertekend.')).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      versionId: V1,
      values: { medicine: 'Paracetamol', consent: true, until: '', shape: 'Drank' },
      signedName: 'Sanne de Vries',
    });
    expect(within(card).getByTestId('declaration-signature').textContent).toMatch(
      /^Ondertekend door Sanne de Vries op .+ \(versie 1\)$/,
    );
    expect(within(card).getByText('Paracetamol')).toBeTruthy();
  });

  it('asks to fill in again when the form has a newer version, starting from the kept values', async () => {
    mockFetch({
      ...base,
      [`GET ${path}`]: () => ({
        status: 200,
        body: declarations(signed({ medicine: 'Paracetamol', consent: true }), 2),
      }),
      [`POST ${path}/${FORM}`]: () =>
        apiError(400, 'validation_failed', [{ path: 'values.dose', code: 'required' }]),
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    const card = await screen.findByTestId('declaration-item');
    expect(within(card).getByTestId('declaration-outdated')).toBeTruthy();
    // The old declaration still shows the fields of version 1 it was signed on.
    expect(within(card).queryByText(/Dosering/)).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Opnieuw invullen' }));
    expect((within(card).getByLabelText(/Naam medicijn/) as HTMLInputElement).value).toBe('Paracetamol');
    expect(within(card).getByLabelText(/Dosering/)).toBeTruthy();
  });

  it('shows the server’s error under the field it names', async () => {
    mockFetch({
      ...base,
      [`GET ${path}`]: () => ({ status: 200, body: declarations(null) }),
      [`POST ${path}/${FORM}`]: () =>
        apiError(400, 'validation_failed', [{ path: 'values.until', code: 'invalid_date' }]),
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    const card = await screen.findByTestId('declaration-item');
    fireEvent.click(within(card).getByRole('button', { name: 'Invullen' }));
    fireEvent.change(within(card).getByLabelText(/Naam medicijn/), { target: { value: 'Zalf' } });
    fireEvent.click(within(card).getByRole('radio', { name: 'Nee' }));
    fireEvent.change(within(card).getByLabelText(/Ondertekenen met/), {
      target: { value: 'Sanne de Vries' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Ondertekenen en versturen' }));
    await waitFor(() => expect(within(card).getByText('Vul een geldige datum in.')).toBeTruthy());
  });

  it('a guardian without parental authority reads but cannot fill in', async () => {
    mockFetch({
      ...base,
      [`GET ${path}`]: () => ({ status: 200, body: declarations(null, 1, false) }),
    });
    renderApp(`/overig/kinderen/${CHILD}`);
    expect(await screen.findByTestId('declarations-no-authority')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Invullen' })).toBeNull();
  });
});
