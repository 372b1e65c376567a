import type { Group, Location, Me } from '@nestje/contract';
import { staffAccount } from '../../../test/fixtures.ts';

/** The `GET /me` answer of an organisation admin, with the organisation-wide actions the server grants them. */
export function adminMe(primaryColour = '#d9480f'): Me {
  return {
    account: {
      ...staffAccount,
      locale: 'nl',
      roles: [{ role: 'organisation_admin', locationId: null, groupId: null }],
    },
    branding: { name: staffAccount.organisationName, logoUrl: null, primaryColour },
    features: { video: false, credits: true, observations: false },
    accounts: [staffAccount],
    permittedActions: [
      'staffArea.use',
      'organisation.manage',
      'organisationSetup.use',
      'staffMember.list',
      'staffMember.create',
      'audit.read',
    ],
  };
}

export const haarlem: Location = {
  id: '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c01',
  name: 'Haarlem',
  street: 'Kruisweg',
  houseNumber: '12',
  postcode: '2011 LD',
  city: 'Haarlem',
  phone: '',
  email: '',
  groupCount: 1,
  permittedActions: ['location.manage'],
};

export const hamsters: Group = {
  id: '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c02',
  locationId: haarlem.id,
  locationName: haarlem.name,
  name: 'Hamsters',
  kind: 'KDV',
  minAgeMonths: 0,
  maxAgeMonths: 48,
  capacity: 12,
  openingHours: [{ weekday: 1, opensAt: '07:30', closesAt: '18:30' }],
  permittedActions: ['group.manage'],
};
