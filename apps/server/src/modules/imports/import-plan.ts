/**
 * What the check of an import file works with and yields: the lookups it checks against (loaded once per
 * check) and the plan of what a run writes.
 */

export interface LookupProduct {
  id: string;
  name: string;
  weekdays: number[];
}

export interface ImportLookups {
  /** The location's groups by nameKey(name). */
  groups: Map<string, { id: string; name: string }>;
  /** Per group id: the active contract products it offers, by nameKey(name). */
  productsByGroup: Map<string, Map<string, LookupProduct[]>>;
  /** child_ref values of the organisation's children. */
  existingChildRefs: Set<string>;
  /** The organisation's guardians by lower-case e-mail. */
  existingGuardians: Map<string, { id: string; firstName: string; lastName: string }>;
}

export interface PlannedChild {
  line: number;
  ref: string;
  firstName: string;
  lastName: string;
  birthDate: string;
}

export interface PlannedGuardian {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

export interface PlannedLink {
  line: number;
  childRef: string;
  email: string;
  parentalAuthority: boolean;
}

export interface PlannedPlacement {
  line: number;
  childRef: string;
  groupId: string;
  groupName: string;
  productName: string;
  placementType: string;
  startDate: string;
  endDate: string | null;
  days: { weekday: number; careProductId: string }[];
}

/**
 * What running the import writes, each in file order and tagged with the line that introduces it (a child and a
 * new guardian on the first line that names them). Only carried out when the check found no issue.
 */
export interface ImportPlan {
  /** The lines that are imported, in file order. */
  lines: number[];
  children: PlannedChild[];
  guardians: PlannedGuardian[];
  links: PlannedLink[];
  placements: PlannedPlacement[];
}
