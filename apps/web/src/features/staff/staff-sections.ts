import type { RoleGrant, StaffRole } from '@nestje/contract';
import {
  BuildingIcon,
  DashboardIcon,
  DocumentIcon,
  FamilyIcon,
  type IconComponent,
  InboxIcon,
  MessageIcon,
  PhotoIcon,
} from '../../components/icons.tsx';

export type StaffSectionId =
  | 'overview'
  | 'organisation'
  | 'families'
  | 'requests'
  | 'timeline'
  | 'messages'
  | 'content';

export interface StaffSection {
  id: StaffSectionId;
  /** Path below `/beheer` ('' is the back office's start page). */
  path: string;
  icon: IconComponent;
  /** Roles that work in this section; organisation admins see every section. */
  roles: readonly StaffRole[] | 'all';
}

/** The back office's sections (S1–S6). The server decides what each role may do; this only tidies the menu. */
export const staffSections: readonly StaffSection[] = [
  { id: 'overview', path: '', icon: DashboardIcon, roles: 'all' },
  { id: 'organisation', path: 'organisatie', icon: BuildingIcon, roles: ['location_manager'] },
  // Group staff open the child file of the children of their groups (S7: observations, consents, declarations).
  {
    id: 'families',
    path: 'gezinnen',
    icon: FamilyIcon,
    roles: ['location_manager', 'planner', 'group_staff'],
  },
  { id: 'requests', path: 'aanvragen', icon: InboxIcon, roles: ['location_manager', 'planner'] },
  { id: 'timeline', path: 'tijdlijn', icon: PhotoIcon, roles: ['location_manager', 'group_staff'] },
  {
    id: 'messages',
    path: 'berichten',
    icon: MessageIcon,
    roles: ['location_manager', 'planner', 'group_staff'],
  },
  // Group staff write news for their own groups; planners write no content.
  { id: 'content', path: 'inhoud', icon: DocumentIcon, roles: ['location_manager', 'group_staff'] },
];

export function canSeeSection(section: StaffSection, grants: readonly RoleGrant[]): boolean {
  if (section.roles === 'all') return true;
  const allowed = section.roles;
  return grants.some((grant) => grant.role === 'organisation_admin' || allowed.includes(grant.role));
}

export function sectionPath(section: StaffSection): string {
  return section.path ? `/beheer/${section.path}` : '/beheer';
}
