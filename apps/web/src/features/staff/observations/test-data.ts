import type { ChildFile, Me, Observation, ObservationForm, ObservationSummary } from '@nestje/contract';
import { meFor, staffAccount } from '../../../test/fixtures.ts';

export const CHILD = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d01';
export const FORM = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d02';
export const VERSION = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d03';
export const OBSERVATION = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d04';

export const welbevinden: ObservationForm = {
  id: FORM,
  title: 'Welbevinden',
  active: true,
  current: {
    id: VERSION,
    version: 2,
    createdAt: '2026-02-01T09:00:00Z',
    fields: [
      {
        key: 'mood',
        label: 'Stemming',
        kind: 'scale',
        required: true,
        lowLabel: 'Somber',
        highLabel: 'Vrolijk',
      },
      { key: 'plays', label: 'Speelt met anderen', kind: 'yesNo', required: false },
      {
        key: 'place',
        label: 'Speelt het liefst',
        kind: 'choice',
        required: false,
        options: ['Buiten', 'Binnen'],
      },
      { key: 'notes', label: 'Wat ons opviel', kind: 'longText', required: false },
    ],
  },
};

export function summary(overrides: Partial<ObservationSummary> = {}): ObservationSummary {
  return {
    id: OBSERVATION,
    childId: CHILD,
    formId: FORM,
    formTitle: 'Welbevinden',
    formVersion: 2,
    observedOn: '2026-02-10',
    status: 'final',
    shared: { at: '2026-02-11T08:00:00Z', byName: 'Mila Jansen' },
    createdByName: 'Mila Jansen',
    updatedAt: '2026-02-10T15:00:00Z',
    ...overrides,
  };
}

export function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    ...summary(),
    fields: welbevinden.current.fields,
    values: { mood: 4, plays: true, place: 'Buiten', notes: 'Bouwt graag torens.' },
    permittedActions: [],
    ...overrides,
  };
}

export const childFile: ChildFile = {
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

/** A staff member's `GET /me` with the observations feature on and the given role and actions. */
export function staffMe(role: Me['account']['roles'][number]['role'], permittedActions: string[]): Me {
  const me = meFor(staffAccount, [staffAccount], [{ role, locationId: null, groupId: null }]);
  return { ...me, features: { ...me.features, observations: true }, permittedActions };
}
