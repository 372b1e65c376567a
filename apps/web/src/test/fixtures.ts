import type { AccountSummary, Me } from '@nestje/contract';

export const guardianAccount: AccountSummary = {
  id: '0b7d5a0e-1c51-4c1e-9d55-5d0a7f6b1a01',
  email: 'ouder@example.nl',
  displayName: 'Sanne de Vries',
  kind: 'guardian',
  organisationId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01',
  organisationName: 'Kinderopvang De Zonnebloem',
};

export const secondGuardianAccount: AccountSummary = {
  id: '0b7d5a0e-1c51-4c1e-9d55-5d0a7f6b1a02',
  email: 'ouder@example.nl',
  displayName: 'Sanne de Vries',
  kind: 'guardian',
  organisationId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02',
  organisationName: 'BSO Het Speelkwartier',
};

export const staffAccount: AccountSummary = {
  id: '0b7d5a0e-1c51-4c1e-9d55-5d0a7f6b1a03',
  email: 'medewerker@example.nl',
  displayName: 'Ahmed Bakker',
  kind: 'staff',
  organisationId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01',
  organisationName: 'Kinderopvang De Zonnebloem',
};

/** The `GET /me` answer for an account, with the given accounts signed in. */
export function meFor(
  account: AccountSummary,
  accounts: AccountSummary[] = [account],
  roles: Me['account']['roles'] = [],
): Me {
  return {
    account: { ...account, locale: 'nl', roles },
    branding: { name: account.organisationName, logoUrl: null, primaryColour: '#d9480f' },
    features: { video: false, credits: true, observations: false },
    accounts,
    permittedActions: [],
  };
}
