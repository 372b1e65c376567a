import type { RouteObject } from 'react-router';
import { StaffSectionPage } from '../StaffPages.tsx';

/** `/beheer/gezinnen/*`: families, children, placements and the CSV import (S2). */
export const familiesRoutes: RouteObject[] = [{ index: true, element: <StaffSectionPage id="families" /> }];
