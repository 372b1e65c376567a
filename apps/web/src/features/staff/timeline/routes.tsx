import type { RouteObject } from 'react-router';
import { StaffTimelinePage } from './StaffTimelinePage.tsx';
import { StaffDiaryEntryPage, StaffDiaryPage, StaffPostPage } from './StaffWritePages.tsx';
import { TimelineLayout } from './TimelineLayout.tsx';

/** `/beheer/tijdlijn/*`: a group's timeline, "Foto's plaatsen", "Dagboek schrijven" and an entry whole. */
export const timelineRoutes: RouteObject[] = [
  {
    element: <TimelineLayout />,
    children: [
      { index: true, element: <StaffTimelinePage /> },
      { path: 'plaatsen', element: <StaffPostPage /> },
      { path: 'dagboek/schrijven', element: <StaffDiaryPage /> },
      { path: 'dagboek/:entryId', element: <StaffDiaryEntryPage /> },
    ],
  },
];
