import { Outlet, type RouteObject } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';
import { StaffSectionPage } from '../StaffPages.tsx';
import { canSeeSection, staffSections } from '../staff-sections.ts';
import { ChildFilePage } from './child/ChildFilePage.tsx';
import { FamiliesListPage } from './FamiliesListPage.tsx';
import { NewFamilyPage } from './family/NewFamilyPage.tsx';
import { GuardianPage } from './guardian/GuardianPage.tsx';
import { ImportPage } from './import/ImportPage.tsx';

/** Only roles that work with families get the pages; others get the section's "no access" page. */
function FamiliesSection() {
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === 'families');
  if (!section || !canSeeSection(section, me.account.roles)) return <StaffSectionPage id="families" />;
  return <Outlet />;
}

/** `/beheer/gezinnen/*`: families, children, placements and the CSV import (S2). */
export const familiesRoutes: RouteObject[] = [
  {
    element: <FamiliesSection />,
    children: [
      { index: true, element: <FamiliesListPage /> },
      { path: 'nieuw', element: <NewFamilyPage /> },
      { path: 'kinderen/:childId', element: <ChildFilePage /> },
      { path: 'ouders/:guardianId', element: <GuardianPage /> },
      { path: 'import', element: <ImportPage /> },
    ],
  },
];
