import { Alert, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Placement, updatePlacementBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import {
  apiFieldErrors,
  fieldErrorText,
  fieldErrorTexts,
  validateWith,
} from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { todayInAmsterdam } from '../../../../lib/today.ts';
import { InlineForm } from '../components/InlineForm.tsx';
import { useUpdatePlacement } from '../queries.ts';
import { DaysFields } from './DaysFields.tsx';
import { type ChangeValues, changeBody, checkChange, daysFrom, formPathOf } from './placement-form.ts';

/** A form that opens in a placement's card: it changes this placement of this child, then closes. */
interface PlacementFormProps {
  childId: string;
  placement: Placement;
  onDone: () => void;
}

/**
 * "Wijzigen vanaf": a new placement type or weekly pattern. A placement that has not started changes in place;
 * a running one ends the day before the chosen date and continues in a new placement, so the past stays as it
 * was.
 */
export function ChangePlacementForm({ childId, placement, onDone }: PlacementFormProps) {
  const { t } = useTranslation();
  const update = useUpdatePlacement(childId);
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
      return { ...errors, ...fieldErrorTexts(t, checkChange(values, running)) };
    },
  });

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
        onError: (error) =>
          form.setErrors(apiFieldErrors(error, t, { formPath: (path) => formPathOf(path, body.days ?? []) })),
      },
    );
  });

  return (
    <InlineForm
      title={t('families.placements.changeTitle', { group: placement.groupName })}
      notice={
        <Alert variant="light" color="blue">
          {running ? t('families.placements.changeRunning') : t('families.placements.changePlanned')}
        </Alert>
      }
      onSubmit={submit}
      error={update.error}
      submitLabel={t('families.placements.changeSubmit')}
      pending={update.isPending}
      onCancel={onDone}
      tinted
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {running && (
          <TextInput
            type="date"
            label={t('families.placements.effectiveFrom')}
            required
            {...form.getInputProps('effectiveFrom')}
          />
        )}
        <TextInput label={t('families.placements.type')} required {...form.getInputProps('placementType')} />
      </SimpleGrid>
      <DaysFields form={form} groupId={placement.groupId} />
    </InlineForm>
  );
}

/** "Beëindigen": the last day of care in this placement; only the end date changes, nothing before it. */
export function EndPlacementForm({ childId, placement, onDone }: PlacementFormProps) {
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
    <InlineForm
      title={t('families.placements.endTitle', { group: placement.groupName })}
      onSubmit={submit}
      error={update.error}
      submitLabel={t('families.placements.endSubmit')}
      submitColor="orange"
      pending={update.isPending}
      onCancel={onDone}
      tinted
    >
      <TextInput
        type="date"
        label={t('families.placements.lastDay')}
        description={t('families.placements.lastDayHint')}
        required
        maw={260}
        {...form.getInputProps('endDate')}
      />
    </InlineForm>
  );
}
