import type { RouteObject } from 'react-router';
import { StaffSectionPage } from '../StaffPages.tsx';

/** `/beheer/organisatie/*`: organisation setup (S1) and the audit log. */
export const setupRoutes: RouteObject[] = [{ index: true, element: <StaffSectionPage id="organisation" /> }];
