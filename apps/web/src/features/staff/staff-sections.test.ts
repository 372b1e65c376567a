import type { RoleGrant } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { canSeeSection, staffSections } from './staff-sections.ts';

const grant = (role: RoleGrant['role']): RoleGrant => ({ role, locationId: null, groupId: null });
const visibleFor = (grants: RoleGrant[]) =>
  staffSections.filter((section) => canSeeSection(section, grants)).map((section) => section.id);

describe('back-office sections by role', () => {
  it('shows an organisation admin every section', () => {
    expect(visibleFor([grant('organisation_admin')])).toEqual(staffSections.map((section) => section.id));
  });

  it('shows group staff their children, the timeline, messages and content, not setup or assessment', () => {
    expect(visibleFor([grant('group_staff')])).toEqual([
      'overview',
      'families',
      'timeline',
      'messages',
      'content',
    ]);
  });

  it('combines the sections of several roles', () => {
    expect(visibleFor([grant('group_staff'), grant('planner')])).toEqual([
      'overview',
      'families',
      'requests',
      'timeline',
      'messages',
      'content',
    ]);
  });
});
