import { Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  OBSERVATION_LONG_TEXT_MAX,
  OBSERVATION_TEXT_MAX,
  type ObservationField,
  type ObservationValues,
} from '@nestje/contract';
import { useTranslation } from 'react-i18next';

type Value = ObservationValues[string] | undefined;

interface Props {
  field: ObservationField;
  value: Value;
  error?: string;
  onChange: (value: ObservationValues[string]) => void;
}

/** The input that fits a field's kind; a required field is marked as such (it is needed to make it final). */
export function ObservationFieldInput({ field, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const common = { label: field.label, error, withAsterisk: field.required };
  switch (field.kind) {
    case 'text':
      return (
        <TextInput
          {...common}
          maxLength={OBSERVATION_TEXT_MAX}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'longText':
      return (
        <Textarea
          {...common}
          rows={4}
          maxLength={OBSERVATION_LONG_TEXT_MAX}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'choice':
      return (
        <Select
          {...common}
          data={field.options}
          clearable
          value={typeof value === 'string' ? value : null}
          onChange={(chosen) => onChange(chosen)}
        />
      );
    case 'yesNo':
      return (
        <Radio.Group
          {...common}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(chosen) => onChange(chosen === 'yes')}
        >
          <Stack gap={4} mt={4}>
            <Radio value="yes" label={t('observations.yes')} />
            <Radio value="no" label={t('observations.no')} />
          </Stack>
        </Radio.Group>
      );
    case 'scale':
      return (
        <Radio.Group
          {...common}
          description={[
            field.lowLabel && `1 = ${field.lowLabel}`,
            field.highLabel && `5 = ${field.highLabel}`,
          ]
            .filter(Boolean)
            .join(' · ')}
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(chosen) => onChange(Number(chosen))}
        >
          <Stack gap={4} mt={4} style={{ flexDirection: 'row', gap: 16 }}>
            {[1, 2, 3, 4, 5].map((point) => (
              <Radio key={point} value={String(point)} label={String(point)} />
            ))}
          </Stack>
        </Radio.Group>
      );
  }
}
