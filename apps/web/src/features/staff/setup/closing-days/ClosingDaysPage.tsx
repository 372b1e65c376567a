import { Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ClosingDay, createClosingDayBodySchema } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { formatLongDate } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { todayInAmsterdam } from '../../../../lib/today.ts';
import { useCurrentMe } from '../../../account/me-context.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { SETUP_ERRORS, SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { RemovableTable } from '../components/RemovableTable.tsx';
import { SearchField, useListSearch } from '../components/SearchField.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { useClosingDays, useCreateClosingDay, useDeleteClosingDay, useLocations } from '../queries.ts';

/** The select's value for "every location" (a closing day without a location). */
const EVERY_LOCATION = 'all';

interface AddFormProps {
  /** Locations the account may add closing days to. */
  locationOptions: { value: string; label: string }[];
  /** Only organisation admins close every location at once. */
  canCloseAll: boolean;
}

function AddClosingDayForm({ locationOptions, canCloseAll }: AddFormProps) {
  const { t } = useTranslation();
  const create = useCreateClosingDay();
  const form = useForm({
    initialValues: {
      date: '',
      description: '',
      location: canCloseAll ? EVERY_LOCATION : (locationOptions[0]?.value ?? ''),
    },
    validate: (values) => validateWith(createClosingDayBodySchema, bodyOf(values), t, SETUP_ERRORS),
  });

  const submit = form.onSubmit((values) => {
    if (create.isPending) return;
    create.mutate(bodyOf(values), {
      onSuccess: (day) => {
        form.setValues({ date: '', description: '' });
        form.resetDirty();
        notify(t('setup.closingDays.added', { date: formatLongDate(day.date, currentLocale()) }), 'success');
      },
      onError: (error) =>
        form.setErrors(
          apiFieldErrors(error, t, {
            messages: SETUP_FIELD_MESSAGES,
            formPath: (path) => (path === 'locationId' ? 'location' : path),
          }),
        ),
    });
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="add-closing-day">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-closing-day">
            {t('setup.closingDays.addTitle')}
          </Title>
          <FormErrorAlert error={create.error} />
          <Group align="flex-start" gap="md">
            <TextInput
              type="date"
              label={t('setup.closingDays.date')}
              w={180}
              {...form.getInputProps('date')}
            />
            <TextInput
              label={t('setup.closingDays.description')}
              placeholder={t('setup.closingDays.descriptionPlaceholder')}
              miw={260}
              style={{ flex: 1 }}
              {...form.getInputProps('description')}
            />
            <Select
              label={t('setup.closingDays.location')}
              data={[
                ...(canCloseAll
                  ? [{ value: EVERY_LOCATION, label: t('setup.closingDays.everyLocation') }]
                  : []),
                ...locationOptions,
              ]}
              allowDeselect={false}
              w={240}
              {...form.getInputProps('location')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('setup.closingDays.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function bodyOf(values: { date: string; description: string; location: string }) {
  return {
    date: values.date,
    description: values.description,
    locationId: values.location === EVERY_LOCATION ? null : values.location,
  };
}

function ClosingDayList({ days }: { days: ClosingDay[] }) {
  const { t } = useTranslation();
  const remove = useDeleteClosingDay();
  const locale = currentLocale();
  const date = (day: ClosingDay) => formatLongDate(day.date, locale);
  return (
    <RemovableTable
      label={t('setup.closingDays.title')}
      testId="closing-days-list"
      columns={[
        t('setup.closingDays.date'),
        t('setup.closingDays.description'),
        t('setup.closingDays.location'),
      ]}
      rows={days}
      cells={(day) => [date(day), day.description, day.locationName ?? t('setup.closingDays.everyLocation')]}
      canRemove={(day) => day.permittedActions.includes('closingDay.delete')}
      remove={remove}
      texts={{
        remove: t('setup.closingDays.remove'),
        removeRow: (day) => t('setup.closingDays.removeDay', { date: date(day) }),
        dialogTitle: t('setup.closingDays.removeTitle'),
        dialogText: (day) =>
          t('setup.closingDays.removeText', { date: date(day), description: day.description }),
        removed: (day) => t('setup.closingDays.removed', { date: date(day) }),
      }}
    />
  );
}

/** `/beheer/organisatie/sluitingsdagen`: days without care, for one location or all, with add and remove. */
export function ClosingDaysPage() {
  const { t } = useTranslation();
  const [locationId, setLocationId] = useState<string | null>(null);
  const [withPast, setWithPast] = useState(false);
  const locations = useLocations('');
  const { text, setText, search } = useListSearch();
  const days = useClosingDays({ from: withPast ? '' : todayInAmsterdam(), locationId, search });
  const me = useCurrentMe();
  const locationOptions = (locations.data ?? []).map((location) => ({
    value: location.id,
    label: location.name,
    manage: location.permittedActions.includes('location.manage'),
  }));
  return (
    <SetupPage title={t('setup.closingDays.title')}>
      <Text c="dimmed">{t('setup.closingDays.intro')}</Text>
      {locations.isSuccess && (
        <AddClosingDayForm
          locationOptions={locationOptions.filter((option) => option.manage)}
          canCloseAll={me.permittedActions.includes('organisation.manage')}
        />
      )}
      <Group align="flex-end" gap="lg">
        <SearchField label={t('setup.closingDays.search')} value={text} onChange={setText} />
        <Select
          label={t('setup.closingDays.showFor')}
          placeholder={t('setup.groups.allLocations')}
          data={locationOptions.map(({ value, label }) => ({ value, label }))}
          value={locationId}
          onChange={setLocationId}
          clearable
          w={260}
        />
        <Switch
          label={t('setup.closingDays.withPast')}
          checked={withPast}
          onChange={(event) => setWithPast(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Stack gap="sm">
        {renderResult(days, (list) =>
          list.length === 0 ? (
            <EmptyState
              text={search ? t('setup.common.noResults', { search }) : t('setup.closingDays.empty')}
            />
          ) : (
            <ClosingDayList days={list} />
          ),
        )}
      </Stack>
    </SetupPage>
  );
}
