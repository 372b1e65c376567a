import { Button, Grid, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Group as CareGroup, groupKinds } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { apiFieldErrors } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { ReadOnlyFieldset } from '../components/ReadOnlyFieldset.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { useCreateGroup, useGroup, useLocations, useUpdateGroup } from '../queries.ts';
import { setupPath } from '../setup-tabs.ts';
import { type GroupFormValues, groupBody, groupFormValues, validateGroup } from './group-form.ts';
import { OpeningHoursEditor } from './OpeningHoursEditor.tsx';
import { openingHoursFormPath } from './opening-hours.ts';

function GroupForm({ group }: { group?: CareGroup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locations = useLocations('');
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? '');
  const mutation = group ? update : create;
  const onlyLocation = locations.data?.length === 1 ? (locations.data[0]?.id ?? '') : '';
  const form = useForm<GroupFormValues>({
    initialValues: groupFormValues(group, onlyLocation),
    validate: (values) => validateGroup(values, t),
  });

  const submit = form.onSubmit((values) => {
    if (mutation.isPending) return;
    mutation.mutate(groupBody(values), {
      onSuccess: (saved) => {
        notify(t(group ? 'setup.groups.saved' : 'setup.groups.created', { name: saved.name }), 'success');
        void navigate(setupPath('groepen'));
      },
      onError: (error) =>
        form.setErrors(
          apiFieldErrors(error, t, {
            messages: SETUP_FIELD_MESSAGES,
            formPath: (path) => openingHoursFormPath(path, values.openingHours),
          }),
        ),
    });
  });

  // A new group goes to a location the account manages; an existing one keeps showing its own.
  const locationOptions = (locations.data ?? [])
    .filter((location) => group !== undefined || location.permittedActions.includes('location.manage'))
    .map((location) => ({
      value: location.id,
      label: location.name,
    }));
  const readOnly = group !== undefined && !group.permittedActions.includes('group.manage');
  return (
    <form onSubmit={submit} noValidate>
      <ReadOnlyFieldset readOnly={readOnly}>
        <Stack gap="md" maw={720}>
          <FormErrorAlert error={mutation.error} />
          <Select
            label={t('setup.groups.location')}
            data={locationOptions}
            allowDeselect={false}
            searchable
            nothingFoundMessage={t('setup.locations.empty')}
            {...form.getInputProps('locationId')}
          />
          <TextInput label={t('setup.groups.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('setup.groups.kind')}
            data={groupKinds.map((kind) => ({ value: kind, label: t(`setup.groupKinds.${kind}`) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                label={t('setup.groups.minAge')}
                description={t('setup.groups.inMonths')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('minAgeMonths')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                label={t('setup.groups.maxAge')}
                description={t('setup.groups.inMonths')}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('maxAgeMonths')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                label={t('setup.groups.capacity')}
                description={t('setup.groups.capacityHint')}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('capacity')}
              />
            </Grid.Col>
          </Grid>
          <OpeningHoursEditor form={form} />
          {!readOnly && (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {group ? t('setup.common.save') : t('setup.groups.create')}
              </Button>
            </Group>
          )}
        </Stack>
      </ReadOnlyFieldset>
    </form>
  );
}

const back = (t: TFunction) => ({ label: t('setup.groups.backToList'), to: setupPath('groepen') });

/** `/beheer/organisatie/groepen/nieuw`. */
export function NewGroupPage() {
  const { t } = useTranslation();
  const locations = useLocations('');
  return (
    <SetupPage title={t('setup.groups.new')} back={back(t)}>
      {renderResult(locations, () => (
        <GroupForm />
      ))}
    </SetupPage>
  );
}

/** `/beheer/organisatie/groepen/:groupId`. */
export function EditGroupPage() {
  const { t } = useTranslation();
  const { groupId = '' } = useParams();
  const group = useGroup(groupId);
  return (
    <SetupPage title={group.data?.name ?? t('setup.groups.edit')} back={back(t)}>
      {renderResult(group, (data) => (
        <GroupForm key={data.id} group={data} />
      ))}
    </SetupPage>
  );
}
