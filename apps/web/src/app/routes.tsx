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
import { RequestDayPage } from '../features/parent/agenda/RequestDayPage.tsx';
import { RequestsOverviewPage } from '../features/parent/agenda/RequestsOverviewPage.tsx';
import { ChildPage } from '../features/parent/children/ChildPage.tsx';
import { CreditsPage } from '../features/parent/credits/CreditsPage.tsx';
import { DiaryEntryPage } from '../features/parent/diary/DiaryEntryView.tsx';
import { DiaryWritePage } from '../features/parent/diary/DiaryWritePage.tsx';
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
import { familiesRoutes } from '../features/staff/families/routes.tsx';
import { requestsRoutes } from '../features/staff/group-day/routes.tsx';
import { messagesRoutes } from '../features/staff/messages/routes.tsx';
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
          { path: '/overig', element: <OtherPage /> },
          { path: '/overig/tegoeden', element: <CreditsPage /> },
          { path: '/overig/notificaties', element: <NotificationSettingsPage /> },
          { path: '/notificaties', element: <NotificationsPage /> },
          { path: '/overig/kinderen/:childId', element: <ChildPage /> },
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
          { path: 'inhoud', element: <StaffSectionPage id="content" /> },
          { path: 'account', element: <StaffAccountPage /> },
          { path: 'account/notificaties', element: <NotificationSettingsPage /> },
          { path: 'notificaties', element: <NotificationsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
