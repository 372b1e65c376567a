import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type DayChoice, type DayProduct, productsOn, weekdaysOffered } from './placement-form.ts';

interface Props {
  days: readonly DayChoice[];
  onChange: (weekday: number, careProductId: string) => void;
  /** The form's errors: `days` for the pattern as a whole, `days.N.careProductId` for one day. */
  errors: Record<string, ReactNode>;
  products: readonly DayProduct[] | undefined;
  loading: boolean;
  /** Why the group's products could not be loaded. */
  loadError: string | null;
}

/** The weekly pattern: per weekday the contract product that sets that day's times, or no care. */
export function DaysFields({ days, onChange, errors, products, loading, loadError }: Props) {
  const { t } = useTranslation();
  const error = errors.days;
  if (loadError) {
    return (
      <Text size="sm" c="red.8" role="alert">
        {loadError}
      </Text>
    );
  }
  if (!products) {
    return (
      <Text size="sm" c="dimmed">
        {loading ? t('common.loading') : t('families.placements.chooseGroupFirst')}
      </Text>
    );
  }
  if (products.length === 0) {
    return (
      <Text size="sm" c="red.8" role="alert">
        {t('families.placements.noProducts')}
      </Text>
    );
  }
  return (
    <Stack
      gap={6}
      role="group"
      aria-labelledby="days-label"
      aria-describedby={error ? 'days-error' : undefined}
    >
      <Text fw={500} size="sm" id="days-label">
        {t('families.placements.days')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {weekdaysOffered(products).map((weekday) => (
          <Select
            key={weekday}
            label={t(`families.weekday.${weekday}`)}
            placeholder={t('families.placements.noCare')}
            data={productsOn(products, weekday).map((product) => ({
              value: product.id,
              label: product.name,
            }))}
            clearable
            value={days[weekday - 1]?.careProductId || null}
            onChange={(value) => onChange(weekday, value ?? '')}
            error={errors[`days.${weekday - 1}.careProductId`] ?? errors[`days.${weekday - 1}`]}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text size="sm" c="red.8" id="days-error">
          {error}
        </Text>
      )}
    </Stack>
  );
}
