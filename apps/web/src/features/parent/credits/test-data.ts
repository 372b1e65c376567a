import type { Credit, CreditOption, RequestOptions } from '@nestje/contract';
import { NOORTJE } from '../agenda/test-data.ts';

// Credits as the server sends them, for the tests of this feature and of paying with a credit.

export const CREDIT_A = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e01';
export const CREDIT_B = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e02';
export const LINE = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d01';

export function credit(overrides: Partial<Credit> = {}): Credit {
  return {
    id: CREDIT_A,
    childId: NOORTJE,
    childName: 'Noortje de Vries',
    unit: 'minutes',
    source: 'grant',
    description: 'Sluiting door storing',
    validFrom: '2026-11-01',
    validUntil: '2026-12-31',
    weekType: 'any',
    initial: 480,
    remaining: 480,
    state: 'usable',
    entries: [
      {
        id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1f01',
        kind: 'grant',
        amount: 480,
        at: '2026-11-02T10:00:00+01:00',
        reason: '',
        requestLine: null,
      },
    ],
    permittedActions: [],
    ...overrides,
  };
}

/** A credit as an option offers it for a day part. */
export function creditOption(overrides: Partial<CreditOption> = {}): CreditOption {
  return {
    creditId: CREDIT_A,
    unit: 'minutes',
    source: 'compensation',
    remaining: 480,
    cost: 330,
    validUntil: '2026-12-31',
    description: 'Sluiting door storing',
    ...overrides,
  };
}

/** The options with, for one child's day part on every date (or the dates given), these credits offered. */
export function withCredits(
  options: RequestOptions,
  childId: string,
  careProductId: string,
  credits: CreditOption[],
  dates?: string[],
): RequestOptions {
  return {
    ...options,
    dates: options.dates.map((day) => ({
      ...day,
      children: day.children.map((child) => ({
        ...child,
        options: child.options.map((option) => ({
          ...option,
          credits:
            child.childId === childId &&
            option.careProductId === careProductId &&
            (!dates || dates.includes(day.date))
              ? credits
              : (option.credits ?? []),
        })),
      })),
    })),
  };
}
