import type { Executor } from '../../db/sql.ts';
import { fieldError } from '../../errors.ts';
import { lockCredits, type NewEntry } from '../credits/credit-ledger.queries.ts';
import { creditCost, creditPays, type EvaluatedOption } from './options.service.ts';
import type { NewLine } from './requests.queries.ts';

export interface Paying {
  line: NewLine;
  found: EvaluatedOption;
  field: string;
}

/**
 * The credit uses of the lines paid with a credit (P8): each credit is locked, must pay every one of its lines in
 * full (the child's, valid on the date, the right week type) and hold enough for all of them together; no partial
 * or combined payment. Two requests spending the last minutes of one credit are decided one after the other.
 */
export async function spendCredits(
  trx: Executor,
  org: string,
  paying: Paying[],
  at: Date,
  accountId: string,
): Promise<NewEntry[]> {
  const withCredit = paying.filter((p) => p.line.creditId);
  if (withCredit.length === 0) return [];
  const credits = await lockCredits(
    trx,
    org,
    withCredit.map((p) => p.line.creditId as string),
  );
  const spent = new Map<string, number>();
  const entries: NewEntry[] = [];
  for (const p of withCredit) {
    const credit = credits.get(p.line.creditId as string);
    const whole = credit && { ...credit, remaining: Number.MAX_SAFE_INTEGER };
    if (!credit || !whole || !creditPays(whole, p.found.day, p.found.product))
      throw fieldError(p.field, 'credit_unusable', 'This credit cannot pay this day part');
    const cost = creditCost(credit.unit, p.found.product);
    const total = (spent.get(credit.id) ?? 0) + cost;
    if (total > credit.remaining)
      throw fieldError(p.field, 'credit_insufficient', 'Not enough is left of this credit');
    spent.set(credit.id, total);
    entries.push({
      creditId: credit.id,
      kind: 'use',
      amount: -cost,
      requestLineId: p.line.id,
      at,
      byAccountId: accountId,
    });
  }
  return entries;
}
