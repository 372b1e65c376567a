import type { DeclarationForm } from '@nestje/contract';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../../test/fetch-mock.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { adminMe } from '../test-server.ts';
import { bodyOf, draftOf } from './DeclarationFormEditor.tsx';

const FORM = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1f01';

const existing: DeclarationForm = {
  id: FORM,
  position: 1,
  active: true,
  current: {
    id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1f11',
    version: 1,
    title: 'Zonnebrand',
    description: '',
    fields: [
      { id: 'allowed', type: 'yesNo', label: 'Mag ingesmeerd worden', required: true, options: [] },
      { id: 'brand', type: 'choice', label: 'Merk', required: false, options: ['Eigen', 'Van de opvang'] },
    ],
    createdAt: '2026-01-05T09:00:00Z',
  },
};

const me = () => {
  const body = adminMe();
  return {
    status: 200,
    body: { ...body, permittedActions: [...body.permittedActions, 'declarationForm.manage'] },
  };
};

describe('Beheer → Organisatie → Verklaringen', () => {
  it('keeps field ids and choice options (one per line) from the draft to the body', () => {
    const draft = draftOf(existing);
    draft.fields[1] = { ...draft.fields[1]!, options: 'Eigen\n\n  Van de opvang \nGeen' };
    expect(bodyOf(draft).fields).toEqual([
      { id: 'allowed', type: 'yesNo', label: 'Mag ingesmeerd worden', required: true, options: [] },
      {
        id: 'brand',
        type: 'choice',
        label: 'Merk',
        required: false,
        options: ['Eigen', 'Van de opvang', 'Geen'],
      },
    ]);
  });

  it('adds a form with its fields, refusing a choice with one option first', async () => {
    const requests = mockFetch({
      'GET /api/v1/me': me,
      'GET /api/v1/declaration-forms': () => ({ status: 200, body: { forms: [existing] } }),
      'POST /api/v1/declaration-forms': () => ({ status: 201, body: existing }),
    });
    renderApp('/beheer/organisatie/verklaringen');
    expect(await screen.findByRole('heading', { name: 'Zonnebrand' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Verklaring toevoegen' }));
    const editor = screen.getByTestId('declaration-form-editor');
    fireEvent.change(within(editor).getByLabelText(/Titel/), { target: { value: 'Medicijngebruik' } });
    fireEvent.change(within(editor).getByRole('textbox', { name: /^Vraag 1/ }), {
      target: { value: 'Naam medicijn' },
    });
    fireEvent.click(within(editor).getByLabelText('Verplicht'));
    fireEvent.click(within(editor).getByRole('button', { name: 'Vraag toevoegen' }));
    fireEvent.change(within(editor).getByRole('textbox', { name: /^Vraag 2/ }), {
      target: { value: 'Vorm' },
    });
    const types = within(editor).getAllByRole('combobox', { name: 'Soort' });
    fireEvent.change(types[1]!, { target: { value: 'choice' } });
    fireEvent.change(within(editor).getByLabelText(/Keuzes/), { target: { value: 'Drank' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Opslaan' }));
    expect(await within(editor).findByText('Geef minstens twee keuzes, één per regel.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(within(editor).getByLabelText(/Keuzes/), { target: { value: 'Drank\nTablet' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De verklaring is toegevoegd.')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Medicijngebruik',
      description: '',
      fields: [
        { type: 'text', label: 'Naam medicijn', required: true, options: [] },
        { type: 'choice', label: 'Vorm', required: false, options: ['Drank', 'Tablet'] },
      ],
    });
  });
});
