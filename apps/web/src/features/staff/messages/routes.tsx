import type { RouteObject } from 'react-router';
import {
  StaffMessagesLayout,
  StaffMessagesPage,
  StaffNewMessagePage,
  StaffThreadPage,
} from './StaffMessagesPages.tsx';

/** `/beheer/berichten/*`: a group's inbox, a thread whole, and a new thread to a child's guardians. */
export const messagesRoutes: RouteObject[] = [
  {
    element: <StaffMessagesLayout />,
    children: [
      { index: true, element: <StaffMessagesPage /> },
      { path: 'nieuw', element: <StaffNewMessagePage /> },
      { path: ':threadId', element: <StaffThreadPage /> },
    ],
  },
];
