/** The parts of organisation setup, each a page below `/beheer/organisatie`. */
export type SetupTabId =
  | 'overview'
  | 'settings'
  | 'locations'
  | 'groups'
  | 'products'
  | 'closingDays'
  | 'holidays'
  | 'policy'
  | 'staff'
  | 'consents'
  | 'observations'
  | 'declarations'
  | 'audit';

export interface SetupTab {
  id: SetupTabId;
  /** Path below `/beheer/organisatie` ('' is the overview). */
  path: string;
  /** An organisation-wide action (from `GET /me`'s permittedActions) needed to see the tab; none: everyone here. */
  action?: string;
}

export const SETUP_BASE = '/beheer/organisatie';

/** The setup screens of locations, groups, products and closing days (admins and location managers). */
const SETUP_USE = 'organisationSetup.use';

export const setupTabs: readonly SetupTab[] = [
  { id: 'overview', path: '' },
  { id: 'settings', path: 'instellingen', action: 'organisation.manage' },
  { id: 'locations', path: 'locaties', action: SETUP_USE },
  { id: 'groups', path: 'groepen', action: SETUP_USE },
  { id: 'products', path: 'producten', action: SETUP_USE },
  { id: 'closingDays', path: 'sluitingsdagen', action: SETUP_USE },
  { id: 'holidays', path: 'vakanties', action: SETUP_USE },
  { id: 'policy', path: 'planningsbeleid', action: 'organisation.manage' },
  { id: 'staff', path: 'medewerkers', action: 'staffMember.list' },
  { id: 'consents', path: 'toestemmingen', action: 'consentItem.create' },
  { id: 'observations', path: 'observatieformulieren', action: 'observationForm.manage' },
  { id: 'declarations', path: 'verklaringen', action: 'declarationForm.manage' },
  { id: 'audit', path: 'logboek', action: 'audit.read' },
];

/** The tabs the account may open; the server still decides every read and change. */
export function visibleSetupTabs(permittedActions: readonly string[]): SetupTab[] {
  return setupTabs.filter((tab) => tab.action === undefined || permittedActions.includes(tab.action));
}

export function setupPath(path = ''): string {
  return path ? `${SETUP_BASE}/${path}` : SETUP_BASE;
}
