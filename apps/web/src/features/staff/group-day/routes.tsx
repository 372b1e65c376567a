import type { RouteObject } from 'react-router';
import { AssessmentSection } from '../assessment/routes.tsx';
import { GroupDayPage } from './GroupDayPage.tsx';
import { RequestsLayout } from './RequestsLayout.tsx';

/** `/beheer/aanvragen/*`: "Beoordelen" (the assessment queue) and "Dagoverzicht" (a group's day). */
export const requestsRoutes: RouteObject[] = [
  {
    element: <RequestsLayout />,
    children: [
      { index: true, element: <AssessmentSection /> },
      { path: 'dagoverzicht', element: <GroupDayPage /> },
    ],
  },
];
