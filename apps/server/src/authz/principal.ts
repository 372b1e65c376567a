import type { AccountKind } from '@nestje/contract';

/** The signed-in account a request acts as. Every rule and query is scoped by its organisation. */
export interface Principal {
  accountId: string;
  organisationId: string;
  kind: AccountKind;
  guardianId: string | null;
  staffMemberId: string | null;
  sessionId: string;
}
