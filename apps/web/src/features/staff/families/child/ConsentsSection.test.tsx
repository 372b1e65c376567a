import type { ChildFile } from '@nestje/contract';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../../test/fetch-mock.ts';
import { meFor, staffAccount } from '../../../../test/fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import {
  answer,
  CHILD,
  childConsent,
  consents,
  item,
  PHOTOS,
  THOMAS,
} from '../../../parent/children/test-data.ts';

const file: ChildFile = {
  child: {
    id: CHILD,
    firstName: 'Noortje',
    lastName: 'de Vries',
    birthDate: '2024-05-12',
    location: { id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01', name: 'Haarlem' },
    mentor: null,
    externalRef: null,
    photoUpdatedAt: null,
  },
  guardians: [],
  placements: [],
  permittedActions: [],
};

const planner = () => ({
  status: 200,
  body: meFor(
    staffAccount,
    [staffAccount],
    [{ role: 'planner', locationId: file.child.location.id, groupId: null }],
  ),
});

describe('Toestemmingen in the child file', () => {
  it('shows per item the child’s state and each guardian’s answer with date and text version, and the history', async () => {
    const photos = item({
      id: PHOTOS,
      key: 'photos_other_families',
      title: 'Foto’s voor andere gezinnen',
      text: { ...item().text, id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c61', version: 2 },
    });
    const sanneYes = answer({ consentItemId: PHOTOS, textVersion: 1 });
    const thomasYes = answer({
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c52',
      consentItemId: PHOTOS,
      guardianId: THOMAS,
      guardianName: 'Thomas de Vries',
      answeredByName: 'Thomas de Vries',
      answeredAt: '2026-02-11T08:00:00Z',
      textVersion: 2,
    });
    const photoState = childConsent(
      { mine: sanneYes, thomas: thomasYes, you: false, canAnswer: false },
      photos,
    );
    photoState.guardians[0] = {
      ...(photoState.guardians[0] as (typeof photoState.guardians)[number]),
      outdated: true,
    };
    const outings = childConsent({ mine: answer({ granted: false }), you: false, canAnswer: false });
    mockFetch({
      'GET /api/v1/me': planner,
      [`GET /api/v1/children/${CHILD}/file`]: () => ({ status: 200, body: file }),
      [`GET /api/v1/children/${CHILD}/consents`]: () => ({
        status: 200,
        body: consents([photoState, outings], [thomasYes, sanneYes, answer({ granted: false })]),
      }),
    });
    renderApp(`/beheer/gezinnen/kinderen/${CHILD}`);
    const section = await screen.findByTestId('child-consents');
    const [photoCard, outingsCard] = await within(section).findAllByTestId('consent-state');
    if (!photoCard || !outingsCard) throw new Error('items missing');
    expect(within(photoCard).getByText('Foto’s voor andere gezinnen')).toBeTruthy();
    expect(within(photoCard).getByText('Gegeven')).toBeTruthy();
    expect(photoCard.textContent).toContain(
      'Sanne de Vries: Ja (10 februari 2026 om 11:30, tekstversie 1, eerdere tekst)',
    );
    expect(photoCard.textContent).toContain('Thomas de Vries: Ja (11 februari 2026 om 09:00, tekstversie 2)');
    expect(within(outingsCard).getByText('Niet gegeven')).toBeTruthy();
    expect(outingsCard.textContent).toContain('Sanne de Vries: Nee');
    expect(outingsCard.textContent).toContain('Thomas de Vries: Nog niet beantwoord');

    const history = within(section).getByTestId('consent-history');
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent))).toEqual([
      [
        '11 februari 2026 om 09:00',
        'Foto’s voor andere gezinnen',
        'Thomas de Vries',
        'Ja',
        '2',
        'Thomas de Vries',
      ],
      [
        '10 februari 2026 om 11:30',
        'Foto’s voor andere gezinnen',
        'Sanne de Vries',
        'Ja',
        '1',
        'Sanne de Vries',
      ],
      ['10 februari 2026 om 11:30', 'Uitstapjes', 'Sanne de Vries', 'Nee', '1', 'Sanne de Vries'],
    ]);
  });
});
