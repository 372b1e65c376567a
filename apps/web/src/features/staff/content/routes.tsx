import type { RouteObject } from 'react-router';
import { ContentLayout, EditContentPage, NewContentPage } from './ContentEditPages.tsx';
import { StaffContentListPage } from './StaffContentListPage.tsx';

/** `/beheer/inhoud/*`: the list per kind, a new item, and an item to change or remove. */
export const staffContentRoutes: RouteObject[] = [
  {
    element: <ContentLayout />,
    children: [
      { index: true, element: <StaffContentListPage /> },
      { path: 'nieuw', element: <NewContentPage /> },
      { path: ':contentId', element: <EditContentPage /> },
    ],
  },
];
