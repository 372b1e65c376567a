import { contentPaths } from '@nestje/contract';
import type { RouteObject } from 'react-router';
import { ContentItemPage, ContentListPage } from './ContentPages.tsx';

/**
 * The content pages below Mijn locatie (P16): "Alle bekijken" of news and newsletters, and an item in full. The
 * paths are the contract's, because the notifications of new items link to them.
 */
export const contentRoutes: RouteObject[] = [
  { path: contentPaths.news, element: <ContentListPage kind="news" /> },
  { path: `${contentPaths.news}/:contentId`, element: <ContentItemPage /> },
  { path: contentPaths.newsletter, element: <ContentListPage kind="newsletter" /> },
  { path: `${contentPaths.newsletter}/:contentId`, element: <ContentItemPage /> },
  { path: `${contentPaths.info_page}/:contentId`, element: <ContentItemPage /> },
];
