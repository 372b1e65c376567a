import type { LiveEvent } from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { DB } from '../db/generated/schema.ts';

/** Receives the live events of one account (an open GET /events stream). */
export type LiveListener = (event: LiveEvent) => void;

/**
 * Live updates for open browsers. `publish` runs inside the transaction of the change (PostgreSQL NOTIFY), so an
 * event reaches listeners exactly when that change commits, in every server process on the same database.
 */
export interface Realtime {
  publish(
    trx: Transaction<DB>,
    organisationId: string,
    accountIds: readonly string[],
    event: LiveEvent,
  ): Promise<void>;
  /** Listens for one account's events in this process; returns the function that stops listening. */
  subscribe(organisationId: string, accountId: string, listener: LiveListener): () => void;
  close(): Promise<void>;
}
