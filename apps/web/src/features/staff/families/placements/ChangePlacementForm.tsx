import { Alert, Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Placement, updatePlacementBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { apiFieldErrors, fieldErrorText, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { errorText } from '../../../../lib/translate.ts';
import { useContractProducts, useUpdatePlacement } from '../queries.ts';
import { DaysFields } from './DaysFields.tsx';
import { type ChangeValues, changeBody, daysBody, daysFrom, formPathOf } from './placement-form.ts';
import { todayInAmsterdam } from './today.ts';

/**
 * "Wijzigen vanaf": a new placement type or weekly pattern. A placement that has not started changes in place;
 * a running one ends the day before the chosen date and continues in a new placement, so the past stays as it
 * was.
 */
export function ChangePlacementForm({
  childId,
  placement,
  onDone,
}: {
  childId: string;
  placement: Placement;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePlacement(childId);
  const products = useContractProducts(placement.groupId);
  const running = placement.state === 'current';
  const form = useForm<ChangeValues>({
    initialValues: {
      placementType: placement.placementType,
      days: daysFrom(placement.days),
      effectiveFrom: todayInAmsterdam(),
    },
    validate: (values) => {
      // "Nothing to change" (no path) is said after submitting, not as a field error.
      const { '': _nothing, ...errors } = validateWith(
        updatePlacementBodySchema,
        changeBody(placement, values),
        t,
      );
      if (daysBody(values.days).length === 0) errors.days = fieldErrorText(t, 'days', 'required');
      if (running && values.effectiveFrom === '')
        errors.effectiveFrom = fieldErrorText(t, 'effectiveFrom', 'required');
      return errors;
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit((submitted) => {
    if (update.isPending) return;
    const body = changeBody(placement, submitted);
    if (body.placementType === undefined && body.days === undefined) {
      notify(t('families.file.nothingChanged'));
      return;
    }
    update.mutate(
      { placementId: placement.id, body },
      {
        onSuccess: () => {
          notify(t('families.placements.changed'), 'success');
          onDone();
        },
        onError: (error) => {
          const errors: Record<string, string> = {};
          for (const [path, message] of Object.entries(apiFieldErrors(error, t)))
            errors[formPathOf(path, body.days ?? [])] ??= message;
          form.setErrors(errors);
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('families.placements.changeTitle', { group: placement.groupName })}
          </Title>
          <Alert variant="light" color="blue">
            {running ? t('families.placements.changeRunning') : t('families.placements.changePlanned')}
          </Alert>
          <FormErrorAlert error={update.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {running && (
              <TextInput
                type="date"
                label={t('families.placements.effectiveFrom')}
                required
                {...form.getInputProps('effectiveFrom')}
              />
            )}
            <TextInput
              label={t('families.placements.type')}
              required
              {...form.getInputProps('placementType')}
            />
          </SimpleGrid>
          <DaysFields
            days={values.days}
            onChange={(weekday, id) => {
              form.setFieldValue(`days.${weekday - 1}.careProductId`, id);
              form.clearFieldError('days');
            }}
            errors={form.errors}
            products={products.data}
            loading={products.isFetching}
            loadError={products.isError ? errorText(t, products.error) : null}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('families.placements.changeSubmit')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('families.newFamily.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** "Beëindigen": the last day of care in this placement; only the end date changes, nothing before it. */
export function EndPlacementForm({
  childId,
  placement,
  onDone,
}: {
  childId: string;
  placement: Placement;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePlacement(childId);
  const form = useForm({
    initialValues: { endDate: placement.endDate ?? '' },
    validate: {
      endDate: (value) =>
        value === ''
          ? fieldErrorText(t, 'endDate', 'required')
          : value < placement.startDate
            ? fieldErrorText(t, 'endDate', 'date_order')
            : null,
    },
  });
  const submit = form.onSubmit(({ endDate }) => {
    if (update.isPending) return;
    update.mutate(
      { placementId: placement.id, body: { endDate } },
      {
        onSuccess: () => {
          notify(t('families.placements.ended'), 'success');
          onDone();
        },
        onError: (error) => form.setErrors(apiFieldErrors(error, t)),
      },
    );
  });
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('families.placements.endTitle', { group: placement.groupName })}
          </Title>
          <FormErrorAlert error={update.error} />
          <TextInput
            type="date"
            label={t('families.placements.lastDay')}
            description={t('families.placements.lastDayHint')}
            required
            maw={260}
            {...form.getInputProps('endDate')}
          />
          <Group>
            <Button type="submit" color="orange" loading={update.isPending}>
              {t('families.placements.endSubmit')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('families.newFamily.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
