import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { newFieldKey, toFieldBody } from './form-fields.ts';
import { FORM, staffMe, welbevinden } from './test-data.ts';

const admin = (features = true) => {
  const me = staffMe('organisation_admin', ['observationForm.manage']);
  return { status: 200, body: { ...me, features: { ...me.features, observations: features } } };
};

describe('form fields in the editor', () => {
  it('makes keys no other field has, and keeps only the parts of a field’s kind', () => {
    expect(newFieldKey([{ key: 'veld_1' }, { key: 'veld_3' }])).toBe('veld_4');
    expect(newFieldKey([{ key: 'veld_2' }])).toBe('veld_3');
    const base = { key: 'a', label: ' Plek ', required: true, lowLabel: 'x', highLabel: '', optionsText: '' };
    expect(toFieldBody({ ...base, kind: 'choice', optionsText: 'Buiten\n\n Binnen \n' })).toEqual({
      key: 'a',
      label: 'Plek',
      required: true,
      kind: 'choice',
      options: ['Buiten', 'Binnen'],
    });
    expect(toFieldBody({ ...base, kind: 'scale' })).toEqual({
      key: 'a',
      label: 'Plek',
      required: true,
      kind: 'scale',
      lowLabel: 'x',
    });
    expect(toFieldBody({ ...base, kind: 'yesNo' })).toEqual({
      key: 'a',
      label: 'Plek',
      required: true,
      kind: 'yesNo',
    });
  });
});

describe('Observatieformulieren (organisation setup)', () => {
  it('lists the forms with their version and checks and creates a new one', async () => {
    const requests = mockFetch({
      'GET /api/v1/me': () => admin(),
      'GET /api/v1/observation-forms': () => ({ status: 200, body: { forms: [welbevinden] } }),
      'POST /api/v1/observation-forms': () => ({ status: 201, body: { ...welbevinden, id: FORM } }),
    });
    renderApp('/beheer/organisatie/observatieformulieren');
    const card = await screen.findByTestId('observation-form');
    expect(card.textContent).toContain('Versie 2');
    expect(card.textContent).toContain('4 velden');

    fireEvent.click(screen.getByRole('button', { name: 'Nieuw formulier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect((await screen.findAllByText('Vul dit veld in.')).length).toBeGreaterThan(0);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText(/^Naam van het formulier/), { target: { value: 'Taal' } });
    const field = screen.getByTestId('form-field-editor');
    fireEvent.change(within(field).getByLabelText(/^Vraag/), { target: { value: 'Praat in zinnen' } });
    fireEvent.click(within(field).getByLabelText('Verplicht'));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Taal',
      fields: [{ key: 'veld_1', label: 'Praat in zinnen', required: true, kind: 'text' }],
    });
  }, 20_000);

  it('says the feature is off instead of listing forms', async () => {
    const requests = mockFetch({ 'GET /api/v1/me': () => admin(false) });
    renderApp('/beheer/organisatie/observatieformulieren');
    expect(await screen.findByText(/Observaties staan uit/)).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/v1/observation-forms')).toBe(false);
  });
});
