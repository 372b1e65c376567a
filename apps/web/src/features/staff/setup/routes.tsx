import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { ObservationFormsPage } from '../observations/ObservationFormsPage.tsx';
import { AuditLogPage } from './audit/AuditLogPage.tsx';
import { ClosingDaysPage } from './closing-days/ClosingDaysPage.tsx';
import { ConsentItemsPage } from './consents/ConsentItemsPage.tsx';
import { DeclarationFormsPage } from './declarations/DeclarationFormsPage.tsx';
import { EditGroupPage, NewGroupPage } from './groups/GroupFormPage.tsx';
import { GroupsPage } from './groups/GroupsPage.tsx';
import { HolidaysPage } from './holidays/HolidaysPage.tsx';
import { EditLocationPage, NewLocationPage } from './locations/LocationFormPage.tsx';
import { LocationsPage } from './locations/LocationsPage.tsx';
import { PlanningPolicyPage } from './policy/PlanningPolicyPage.tsx';
import { EditProductPage, NewProductPage } from './products/ProductFormPage.tsx';
import { ProductsPage } from './products/ProductsPage.tsx';
import { RequireSetupAction, SetupLayout } from './SetupLayout.tsx';
import { SetupOverviewPage } from './SetupOverviewPage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { type SetupTabId, setupTabs } from './setup-tabs.ts';
import { EditStaffPage, InviteStaffPage } from './staff-members/StaffMemberPages.tsx';
import { StaffMembersPage } from './staff-members/StaffMembersPage.tsx';

/** The pages of one tab: its list at the tab's path and the pages below it, shown only with the tab's action. */
function tabRoutes(id: SetupTabId, pages: Record<string, ReactNode>): RouteObject[] {
  const tab = setupTabs.find((candidate) => candidate.id === id);
  if (!tab) throw new Error(`No setup tab ${id}`);
  const { action } = tab;
  return Object.entries(pages).map(([sub, page]) => ({
    path: sub ? `${tab.path}/${sub}` : tab.path,
    element: action ? <RequireSetupAction action={action}>{page}</RequireSetupAction> : page,
  }));
}

/** `/beheer/organisatie/*`: organisation setup (S1) and the audit log. */
export const setupRoutes: RouteObject[] = [
  {
    element: <SetupLayout />,
    children: [
      { index: true, element: <SetupOverviewPage /> },
      ...tabRoutes('settings', { '': <SettingsPage /> }),
      ...tabRoutes('locations', {
        '': <LocationsPage />,
        nieuw: <NewLocationPage />,
        ':locationId': <EditLocationPage />,
      }),
      ...tabRoutes('groups', { '': <GroupsPage />, nieuw: <NewGroupPage />, ':groupId': <EditGroupPage /> }),
      ...tabRoutes('products', {
        '': <ProductsPage />,
        nieuw: <NewProductPage />,
        ':careProductId': <EditProductPage />,
      }),
      ...tabRoutes('closingDays', { '': <ClosingDaysPage /> }),
      ...tabRoutes('holidays', { '': <HolidaysPage /> }),
      ...tabRoutes('policy', { '': <PlanningPolicyPage /> }),
      ...tabRoutes('staff', {
        '': <StaffMembersPage />,
        nieuw: <InviteStaffPage />,
        ':staffMemberId': <EditStaffPage />,
      }),
      ...tabRoutes('consents', { '': <ConsentItemsPage /> }),
      ...tabRoutes('observations', { '': <ObservationFormsPage /> }),
      ...tabRoutes('declarations', { '': <DeclarationFormsPage /> }),
      ...tabRoutes('audit', { '': <AuditLogPage /> }),
    ],
  },
];
