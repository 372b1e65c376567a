import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../lib/translate.ts';
import { useContractProducts } from '../queries.ts';
import { type DayChoice, productsOn, weekdaysOffered } from './placement-form.ts';

/**
 * The part of a placement form the pattern needs: its `days`, and its errors (`days` for the pattern as a
 * whole, `days.N.careProductId` for one day).
 */
type DaysForm = Pick<
  UseFormReturnType<{ days: DayChoice[] }>,
  'errors' | 'getValues' | 'setFieldValue' | 'clearFieldError'
>;

/**
 * The weekly pattern of a placement in `groupId`: per weekday the contract product that sets that day's
 * times, or no care.
 */
export function DaysFields({ form, groupId }: { form: DaysForm; groupId: string }) {
  const { t } = useTranslation();
  const products = useContractProducts(groupId);
  const list = products.data;
  const { errors } = form;
  const days = form.getValues().days;
  const error = errors.days;
  if (products.isError) {
    return (
      <Text size="sm" c="red.8" role="alert">
        {errorText(t, products.error)}
      </Text>
    );
  }
  if (!list) {
    return (
      <Text size="sm" c="dimmed">
        {products.isFetching ? t('common.loading') : t('families.placements.chooseGroupFirst')}
      </Text>
    );
  }
  if (list.length === 0) {
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
        {weekdaysOffered(list).map((weekday) => (
          <Select
            key={weekday}
            label={t(`families.weekday.${weekday}`)}
            placeholder={t('families.placements.noCare')}
            data={productsOn(list, weekday).map((product) => ({
              value: product.id,
              label: product.name,
            }))}
            clearable
            value={days[weekday - 1]?.careProductId || null}
            onChange={(value) => {
              form.setFieldValue(`days.${weekday - 1}.careProductId`, value ?? '');
              form.clearFieldError('days');
            }}
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
