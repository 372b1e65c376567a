import type { CorrectCreditBody, CreditUnit, GrantCreditBody } from '@nestje/contract';

// The credit forms of the child file (S7): an amount is entered as hours and minutes or as points, and sent as
// whole minutes or points (credits are integer units).

/** An amount as the form holds it; NumberInput gives '' for an empty field. */
export interface AmountFields {
  hours: number | string;
  minutes: number | string;
  points: number | string;
}

export interface GrantFormValues extends AmountFields {
  unit: CreditUnit;
  source: 'grant' | 'compensation';
  validFrom: string;
  validUntil: string;
  weekType: 'any' | 'school' | 'holiday';
  description: string;
}

export interface CorrectionFormValues extends AmountFields {
  direction: 'add' | 'take';
  reason: string;
}

export function emptyGrantForm(): GrantFormValues {
  return {
    unit: 'minutes',
    hours: '',
    minutes: '',
    points: '',
    source: 'grant',
    validFrom: '',
    validUntil: '',
    weekType: 'any',
    description: '',
  };
}

export function emptyCorrectionForm(): CorrectionFormValues {
  return { direction: 'add', hours: '', minutes: '', points: '', reason: '' };
}

function whole(value: number | string): number {
  const number = typeof value === 'number' ? value : Number(value.replace(',', '.'));
  return Number.isFinite(number) ? Math.trunc(number) : 0;
}

/** The amount in the credit's unit: hours and minutes as minutes, or points. */
export function amountOf(unit: CreditUnit, fields: AmountFields): number {
  return unit === 'points' ? whole(fields.points) : whole(fields.hours) * 60 + whole(fields.minutes);
}

export function grantBody(values: GrantFormValues): GrantCreditBody {
  return {
    unit: values.unit,
    amount: amountOf(values.unit, values),
    source: values.source,
    validFrom: values.validFrom,
    validUntil: values.validUntil,
    weekType: values.weekType,
    description: values.description.trim(),
  };
}

/** The correction to send: what is added is positive, what is taken off negative. */
export function correctionBody(unit: CreditUnit, values: CorrectionFormValues): CorrectCreditBody {
  const amount = amountOf(unit, values);
  return { amount: values.direction === 'take' ? -amount : amount, reason: values.reason.trim() };
}

/** Where an error of the body's `amount` shows: at the hours of a minutes credit, else at the points. */
export function amountPath(unit: CreditUnit): (path: string) => string {
  return (path) => (path === 'amount' ? (unit === 'points' ? 'points' : 'hours') : path);
}
