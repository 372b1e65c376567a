import { Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';

/** What the fields say; every text comes translated from the form that uses them. */
export interface DateOrPeriodTexts {
  when: string;
  single: string;
  period: string;
  date: string;
  from: string;
  to: string;
  periodHint: string;
}

/** A Mantine form input's props (`form.getInputProps(…)`), with the error to show. */
type InputProps = GetInputPropsReturnType & { error?: ReactNode };

/**
 * "Eén dag" or "Periode" and its dates, as Dag aanvragen and Afwezigheid doorgeven ask for them: a single date, or
 * a first and a last date (native date inputs, so a phone shows its own picker).
 */
export function DateOrPeriodFields({
  id,
  texts,
  period,
  fromMin,
  toMin,
  modeInput,
  fromInput,
  toInput,
}: {
  /** Names the group for assistive technology. */
  id: string;
  texts: DateOrPeriodTexts;
  period: boolean;
  fromMin?: string;
  toMin?: string;
  modeInput: InputProps;
  fromInput: InputProps;
  toInput: InputProps;
}) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm" role="group" aria-labelledby={id}>
        <Text fw={600} id={id}>
          {texts.when}
        </Text>
        <SegmentedControl
          data={[
            { value: 'date', label: texts.single },
            { value: 'period', label: texts.period },
          ]}
          {...modeInput}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            type="date"
            label={period ? texts.from : texts.date}
            min={fromMin}
            required
            {...fromInput}
          />
          {period && (
            <TextInput
              type="date"
              label={texts.to}
              description={texts.periodHint}
              min={toMin}
              required
              {...toInput}
            />
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
