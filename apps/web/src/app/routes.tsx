import type { RouteObject } from 'react-router';
import { NotFoundPage, RouteErrorPage } from '../components/NotFoundPage.tsx';
import { ActivatePage } from '../features/auth/ActivatePage.tsx';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { MailboxPage } from '../features/dev/MailboxPage.tsx';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage.tsx';
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx';
import { AbsencePage } from '../features/parent/absence/AbsencePage.tsx';
import { AccountDataPage } from '../features/parent/account-data/AccountDataPage.tsx';
import { RequestDayPage } from '../features/parent/agenda/RequestDayPage.tsx';
import { RequestsOverviewPage } from '../features/parent/agenda/RequestsOverviewPage.tsx';
import { ChildPage } from '../features/parent/children/ChildPage.tsx';
import { CreditsPage } from '../features/parent/credits/CreditsPage.tsx';
import { DiaryEntryPage } from '../features/parent/diary/DiaryEntryView.tsx';
import { DiaryWritePage } from '../features/parent/diary/DiaryWritePage.tsx';
import { contentRoutes } from '../features/parent/my-location/content-routes.tsx';
import { TeamMemberPage } from '../features/parent/my-location/TeamMemberPage.tsx';
import { ObservationsPage } from '../features/parent/observations/ObservationsPage.tsx';
import {
  AgendaPage,
  MessagesPage,
  MyChildPage,
  MyLocationPage,
  NewMessagePage,
  OtherPage,
  ThreadPage,
} from '../features/parent/ParentPages.tsx';
import { ParentShell } from '../features/parent/ParentShell.tsx';
import { SwapPage } from '../features/parent/swap/SwapPage.tsx';
import { staffContentRoutes } from '../features/staff/content/routes.tsx';
import { familiesRoutes } from '../features/staff/families/routes.tsx';
import { requestsRoutes } from '../features/staff/group-day/routes.tsx';
import { messagesRoutes } from '../features/staff/messages/routes.tsx';
import { OwnProfilePage, StaffProfilePage } from '../features/staff/profile/ProfilePage.tsx';
import { StaffAccountPage, StaffSectionPage } from '../features/staff/StaffPages.tsx';
import { StaffShell } from '../features/staff/StaffShell.tsx';
import { setupRoutes } from '../features/staff/setup/routes.tsx';
import { timelineRoutes } from '../features/staff/timeline/routes.tsx';
import { HomeRedirect, RequireAccount } from './guards.tsx';

/** Every route of the app; the paths are Dutch because people see and share them. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      // Public pages
      { path: '/inloggen', element: <SignInPage /> },
      { path: '/wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: '/wachtwoord-herstellen', element: <ResetPasswordPage /> },
      { path: '/activeren', element: <ActivatePage /> },
      { path: '/dev/mailbox', element: <MailboxPage /> },
      // Parent portal (P2)
      {
        element: (
          <RequireAccount kind="guardian">
            <ParentShell />
          </RequireAccount>
        ),
        children: [
          { path: '/mijn-kind', element: <MyChildPage /> },
          { path: '/mijn-kind/dagboek/schrijven', element: <DiaryWritePage /> },
          { path: '/mijn-kind/dagboek/:entryId', element: <DiaryEntryPage /> },
          { path: '/berichten', element: <MessagesPage /> },
          { path: '/berichten/nieuw', element: <NewMessagePage /> },
          { path: '/berichten/:threadId', element: <ThreadPage /> },
          { path: '/agenda', element: <AgendaPage /> },
          { path: '/agenda/dag-aanvragen', element: <RequestDayPage /> },
          { path: '/agenda/ruildag', element: <SwapPage /> },
          { path: '/agenda/aanvragen', element: <RequestsOverviewPage /> },
          { path: '/agenda/afwezigheid', element: <AbsencePage /> },
          { path: '/mijn-locatie', element: <MyLocationPage /> },
          { path: '/mijn-locatie/team/:staffId', element: <TeamMemberPage /> },
          ...contentRoutes,
          { path: '/overig', element: <OtherPage /> },
          { path: '/overig/tegoeden', element: <CreditsPage /> },
          { path: '/overig/observaties', element: <ObservationsPage /> },
          { path: '/overig/notificaties', element: <NotificationSettingsPage /> },
          { path: '/notificaties', element: <NotificationsPage /> },
          { path: '/overig/kinderen/:childId', element: <ChildPage /> },
          { path: '/overig/account', element: <AccountDataPage /> },
        ],
      },
      // Staff back office
      {
        path: '/beheer',
        element: (
          <RequireAccount kind="staff">
            <StaffShell />
          </RequireAccount>
        ),
        children: [
          { index: true, element: <StaffSectionPage id="overview" /> },
          { path: 'organisatie', children: setupRoutes },
          { path: 'gezinnen', children: familiesRoutes },
          { path: 'aanvragen', children: requestsRoutes },
          { path: 'tijdlijn', children: timelineRoutes },
          { path: 'berichten', children: messagesRoutes },
          { path: 'inhoud', children: staffContentRoutes },
          { path: 'account', element: <StaffAccountPage /> },
          { path: 'profiel', element: <OwnProfilePage /> },
          { path: 'profiel/:staffId', element: <StaffProfilePage /> },
          { path: 'account/notificaties', element: <NotificationSettingsPage /> },
          { path: 'notificaties', element: <NotificationsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
