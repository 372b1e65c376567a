import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { createHolidayPeriodBodySchema, type HolidayPeriod, type SchoolHoliday } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { formatLongDate } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { todayInAmsterdam } from '../../../../lib/today.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { SETUP_ERRORS, SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { RemovableTable } from '../components/RemovableTable.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { useLocations } from '../queries.ts';
import {
  useCreateHolidayPeriod,
  useDeleteHolidayPeriod,
  useHolidayPeriods,
  useSchoolHolidays,
} from './queries.ts';
import { currentAndNextSchoolYear, missingKinds } from './school-years.ts';

function SchoolHolidayTables({ holidays }: { holidays: SchoolHoliday[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const region = holidays[0]?.region;
  return (
    <Stack gap="md">
      {region && <Text>{t('setup.holidays.region', { region: t(`setup.settings.regions.${region}`) })}</Text>}
      {currentAndNextSchoolYear(holidays, todayInAmsterdam()).map(({ schoolYear, holidays: list }) => (
        <Stack key={schoolYear} gap="xs">
          <Title order={4}>{t('setup.holidays.schoolYear', { schoolYear })}</Title>
          {list.length === 0 ? (
            <EmptyState text={t('setup.holidays.noSchoolHolidays')} />
          ) : (
            <Table striped aria-label={t('setup.holidays.schoolYear', { schoolYear })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('setup.holidays.holiday')}</Table.Th>
                  <Table.Th>{t('setup.holidays.startDate')}</Table.Th>
                  <Table.Th>{t('setup.holidays.endDate')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('setup.holidays.status')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((holiday) => (
                  <Table.Tr key={holiday.kind}>
                    <Table.Td>{t(`setup.holidays.kinds.${holiday.kind}`)}</Table.Td>
                    <Table.Td>{formatLongDate(holiday.startDate, locale)}</Table.Td>
                    <Table.Td>{formatLongDate(holiday.endDate, locale)}</Table.Td>
                    <Table.Td>
                      {!holiday.verified && (
                        <Badge variant="light" color="yellow.9">
                          {t('setup.holidays.unverified')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {list.length > 0 && missingKinds(list).length > 0 && (
            <Text size="sm" c="yellow.9" data-testid="missing-holidays">
              {t('setup.holidays.missing', {
                kinds: missingKinds(list)
                  .map((kind) => t(`setup.holidays.kinds.${kind}`).toLowerCase())
                  .join(', '),
              })}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function AddPeriodForm({ locationOptions }: { locationOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const create = useCreateHolidayPeriod();
  const form = useForm({
    initialValues: {
      locationId: locationOptions[0]?.value ?? '',
      kind: 'holiday',
      startDate: '',
      endDate: '',
      description: '',
    },
    validate: (values) => validateWith(createHolidayPeriodBodySchema, values, t, SETUP_ERRORS),
  });

  const submit = form.onSubmit((values) => {
    if (create.isPending) return;
    create.mutate(createHolidayPeriodBodySchema.parse(values), {
      onSuccess: (period) => {
        form.setValues({ startDate: '', endDate: '', description: '' });
        form.resetDirty();
        notify(t('setup.holidays.added', { location: period.locationName }), 'success');
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t, { messages: SETUP_FIELD_MESSAGES })),
    });
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="add-holiday-period">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} id="add-holiday-period">
            {t('setup.holidays.addTitle')}
          </Title>
          <FormErrorAlert error={create.error} />
          <Group align="flex-start" gap="md">
            <Select
              label={t('setup.holidays.location')}
              data={locationOptions}
              allowDeselect={false}
              w={220}
              {...form.getInputProps('locationId')}
            />
            <Select
              label={t('setup.holidays.kind')}
              data={[
                { value: 'holiday', label: t('setup.holidays.periodKinds.holiday') },
                { value: 'school', label: t('setup.holidays.periodKinds.school') },
              ]}
              allowDeselect={false}
              w={240}
              {...form.getInputProps('kind')}
            />
            <TextInput
              type="date"
              label={t('setup.holidays.startDate')}
              w={170}
              {...form.getInputProps('startDate')}
            />
            <TextInput
              type="date"
              label={t('setup.holidays.endDate')}
              w={170}
              {...form.getInputProps('endDate')}
            />
          </Group>
          <TextInput
            label={t('setup.holidays.description')}
            placeholder={t('setup.holidays.descriptionPlaceholder')}
            maw={560}
            {...form.getInputProps('description')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('setup.holidays.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PeriodList({ periods }: { periods: HolidayPeriod[] }) {
  const { t } = useTranslation();
  const remove = useDeleteHolidayPeriod();
  const locale = currentLocale();
  const range = (period: HolidayPeriod) =>
    t('setup.holidays.range', {
      start: formatLongDate(period.startDate, locale),
      end: formatLongDate(period.endDate, locale),
    });
  return (
    <RemovableTable
      label={t('setup.holidays.periodsTitle')}
      testId="holiday-periods-list"
      columns={[
        t('setup.holidays.location'),
        t('setup.holidays.kind'),
        t('setup.holidays.period'),
        t('setup.holidays.description'),
      ]}
      rows={periods}
      cells={(period) => [
        period.locationName,
        t(`setup.holidays.periodKinds.${period.kind}`),
        range(period),
        period.description,
      ]}
      canRemove={(period) => period.permittedActions.includes('holidayPeriod.delete')}
      remove={remove}
      texts={{
        remove: t('setup.holidays.remove'),
        removeRow: (period) => t('setup.holidays.removePeriod', { period: range(period) }),
        dialogTitle: t('setup.holidays.removeTitle'),
        dialogText: (period) =>
          t('setup.holidays.removeText', {
            period: range(period),
            location: period.locationName,
            description: period.description,
          }),
        removed: (period) => t('setup.holidays.removed', { location: period.locationName }),
      }}
    />
  );
}

/** `/beheer/organisatie/vakanties`: the region's school holidays and where a location deviates from them. */
export function HolidaysPage() {
  const { t } = useTranslation();
  const [locationId, setLocationId] = useState<string | null>(null);
  const locations = useLocations('');
  const schoolHolidays = useSchoolHolidays();
  const periods = useHolidayPeriods(locationId);
  const locationOptions = (locations.data ?? []).map((location) => ({
    value: location.id,
    label: location.name,
    manage: location.permittedActions.includes('location.manage'),
  }));
  const manageable = locationOptions.filter((option) => option.manage);
  return (
    <SetupPage title={t('setup.holidays.title')}>
      <Text c="dimmed">{t('setup.holidays.intro')}</Text>
      <Stack gap="sm" component="section" aria-labelledby="school-holidays">
        <Title order={3} id="school-holidays">
          {t('setup.holidays.schoolHolidaysTitle')}
        </Title>
        {renderResult(schoolHolidays, (list) => (
          <SchoolHolidayTables holidays={list} />
        ))}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="holiday-periods">
        <Title order={3} id="holiday-periods">
          {t('setup.holidays.periodsTitle')}
        </Title>
        <Text c="dimmed">{t('setup.holidays.periodsIntro')}</Text>
        {locations.isSuccess && manageable.length > 0 && (
          <AddPeriodForm locationOptions={manageable.map(({ value, label }) => ({ value, label }))} />
        )}
        <Select
          label={t('setup.holidays.showFor')}
          placeholder={t('setup.groups.allLocations')}
          data={locationOptions.map(({ value, label }) => ({ value, label }))}
          value={locationId}
          onChange={setLocationId}
          clearable
          w={260}
        />
        {renderResult(periods, (list) =>
          list.length === 0 ? <EmptyState text={t('setup.holidays.empty')} /> : <PeriodList periods={list} />,
        )}
      </Stack>
    </SetupPage>
  );
}
