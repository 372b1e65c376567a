import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type CreatePlacementInput, createPlacementBodySchema } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors, fieldErrorTexts, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { errorText } from '../../../../lib/translate.ts';
import { InlineForm } from '../components/InlineForm.tsx';
import { LocationSelect } from '../components/Selects.tsx';
import { useCreatePlacement, useGroups } from '../queries.ts';
import { DaysFields } from './DaysFields.tsx';
import {
  checkPlacement,
  daysBody,
  emptyDays,
  formPathOf,
  type PlacementFormValues,
} from './placement-form.ts';

function bodyOf(values: PlacementFormValues): CreatePlacementInput {
  return {
    groupId: values.groupId,
    placementType: values.placementType.trim(),
    startDate: values.startDate,
    endDate: values.endDate || null,
    days: daysBody(values.days),
  };
}

/** "Plaatsing toevoegen": group, placement type, period and the weekly pattern. */
export function AddPlacementForm({
  childId,
  locationId,
  onDone,
}: {
  childId: string;
  locationId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePlacement(childId);
  const [location, setLocation] = useState(locationId);
  const groups = useGroups(location);
  const form = useForm<PlacementFormValues>({
    initialValues: { groupId: '', placementType: '', startDate: '', endDate: '', days: emptyDays() },
    validate: (values) => {
      const body = bodyOf(values);
      return {
        ...validateWith(
          createPlacementBodySchema,
          { ...body, groupId: body.groupId || undefined, startDate: body.startDate || undefined },
          t,
        ),
        ...fieldErrorTexts(t, checkPlacement(values)),
      };
    },
  });

  const submit = form.onSubmit((submitted) => {
    if (create.isPending) return;
    const body = bodyOf(submitted);
    create.mutate(body, {
      onSuccess: () => {
        notify(t('families.placements.added'), 'success');
        onDone();
      },
      onError: (error) =>
        form.setErrors(apiFieldErrors(error, t, { formPath: (path) => formPathOf(path, body.days) })),
    });
  });

  return (
    <InlineForm
      title={t('families.placements.addTitle')}
      onSubmit={submit}
      error={create.error}
      submitLabel={t('families.placements.addSubmit')}
      pending={create.isPending}
      onCancel={onDone}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LocationSelect
          value={location}
          onChange={(value) => {
            setLocation(value ?? '');
            form.setFieldValue('groupId', '');
          }}
        />
        <Select
          label={t('families.placements.group')}
          placeholder={
            groups.isPending && location ? t('common.loading') : t('families.placements.chooseGroup')
          }
          data={(groups.data?.groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
          allowDeselect={false}
          required
          {...form.getInputProps('groupId')}
          error={form.errors.groupId ?? (groups.isError ? errorText(t, groups.error) : undefined)}
          onChange={(value) => {
            form.setFieldValue('groupId', value ?? '');
            // The new group offers other products: choose the days again.
            form.setFieldValue('days', emptyDays());
          }}
        />
        <TextInput
          label={t('families.placements.type')}
          description={t('families.placements.typeHint')}
          required
          {...form.getInputProps('placementType')}
        />
        <div />
        <TextInput
          type="date"
          label={t('families.placements.startDate')}
          required
          {...form.getInputProps('startDate')}
        />
        <TextInput
          type="date"
          label={t('families.placements.endDate')}
          description={t('families.placements.endDateHint')}
          {...form.getInputProps('endDate')}
        />
      </SimpleGrid>
      <DaysFields form={form} groupId={form.getValues().groupId} />
    </InlineForm>
  );
}
