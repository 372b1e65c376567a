import { Button, Checkbox, Fieldset, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { copyTimesToOpenDays, type OpeningDayRow } from './opening-hours.ts';

interface FormWithHours {
  openingHours: OpeningDayRow[];
}

/**
 * Opening hours per weekday: a day is open (with its opening and closing time) or closed. A closed day keeps
 * its times, so opening it again brings them back.
 */
export function OpeningHoursEditor<T extends FormWithHours>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const rows = form.getValues().openingHours;
  const firstOpen = rows.find((row) => row.open);
  const listError = (form.errors as Record<string, unknown>).openingHours;
  return (
    <Fieldset legend={t('setup.groups.openingHours')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('setup.groups.openingHoursHint')}
        </Text>
        <Table withRowBorders={false} verticalSpacing={4} data-testid="opening-hours">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('setup.groups.weekday')}</Table.Th>
              <Table.Th>{t('setup.groups.opensAt')}</Table.Th>
              <Table.Th>{t('setup.groups.closesAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const day = t(`setup.weekdays.${row.weekday}`);
              const path = `openingHours.${index}` as const;
              return (
                <Table.Tr key={row.weekday} data-testid={`opening-day-${row.weekday}`}>
                  <Table.Td>
                    <Checkbox
                      label={day}
                      aria-label={t('setup.groups.openOn', { day })}
                      {...form.getInputProps(`${path}.open`, { type: 'checkbox' })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {row.open ? (
                      <TextInput
                        type="time"
                        aria-label={t('setup.groups.opensAtOn', { day })}
                        maw={140}
                        {...form.getInputProps(`${path}.opensAt`)}
                      />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('setup.groups.closed')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.open && (
                      <TextInput
                        type="time"
                        aria-label={t('setup.groups.closesAtOn', { day })}
                        maw={140}
                        {...form.getInputProps(`${path}.closesAt`)}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {typeof listError === 'string' && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {listError}
          </Text>
        )}
        {firstOpen && (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() =>
                form.setFieldValue(
                  'openingHours' as never,
                  copyTimesToOpenDays(rows, firstOpen.weekday) as never,
                )
              }
            >
              {t('setup.groups.copyHours', { day: t(`setup.weekdays.${firstOpen.weekday}`) })}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
