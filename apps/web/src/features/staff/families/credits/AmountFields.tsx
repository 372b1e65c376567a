import { Group, NumberInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CreditUnit } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import type { AmountFields as Fields } from './credit-form.ts';

/** An amount of a credit: hours and minutes for a minutes credit, or points. */
export function AmountFields<V extends Fields>({
  form,
  unit,
}: {
  form: UseFormReturnType<V>;
  unit: CreditUnit;
}) {
  const { t } = useTranslation();
  if (unit === 'points') {
    return (
      <NumberInput
        label={t('credits.staff.points')}
        min={0}
        allowDecimal={false}
        required
        maw={160}
        {...form.getInputProps('points')}
      />
    );
  }
  return (
    <Group gap="sm" align="flex-start">
      <NumberInput
        label={t('credits.staff.hours')}
        min={0}
        allowDecimal={false}
        required
        maw={120}
        {...form.getInputProps('hours')}
      />
      <NumberInput
        label={t('credits.staff.minutes')}
        min={0}
        max={59}
        allowDecimal={false}
        maw={120}
        {...form.getInputProps('minutes')}
      />
    </Group>
  );
}
