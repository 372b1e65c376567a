import { describe, expect, it } from 'vitest';
import { visibleSetupTabs } from './setup-tabs.ts';

const ids = (actions: string[]) => visibleSetupTabs(actions).map((tab) => tab.id);

describe('organisation setup tabs', () => {
  it('shows an organisation admin every part, the audit log included', () => {
    expect(
      ids([
        'organisation.manage',
        'organisationSetup.use',
        'staffMember.list',
        'consentItem.create',
        'observationForm.manage',
        'declarationForm.manage',
        'audit.read',
      ]),
    ).toEqual([
      'overview',
      'settings',
      'locations',
      'groups',
      'products',
      'closingDays',
      'holidays',
      'policy',
      'staff',
      'consents',
      'observations',
      'declarations',
      'audit',
    ]);
  });

  it('hides settings and the audit log from a location manager', () => {
    expect(ids(['organisationSetup.use', 'staffMember.list'])).toEqual([
      'overview',
      'locations',
      'groups',
      'products',
      'closingDays',
      'holidays',
      'staff',
    ]);
  });

  it('shows only the overview to an account without setup actions', () => {
    expect(ids(['staffArea.use'])).toEqual(['overview']);
  });
});
