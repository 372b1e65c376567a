import { Stack, Text } from '@mantine/core';
import type { ObservationField, ObservationValues } from '@nestje/contract';
import { useTranslation } from 'react-i18next';

/** One answer as text: yes/no in words, a scale as "4 van 5" with the meaning of its ends. */
function useAnswerText() {
  const { t } = useTranslation();
  return (field: ObservationField, value: ObservationValues[string] | undefined): string => {
    if (value === undefined || value === null || value === '') return t('observations.noAnswer');
    if (field.kind === 'yesNo') return value === true ? t('observations.yes') : t('observations.no');
    if (field.kind === 'scale') {
      const ends = [field.lowLabel && `1 = ${field.lowLabel}`, field.highLabel && `5 = ${field.highLabel}`]
        .filter(Boolean)
        .join(', ');
      const scale = t('observations.scaleValue', { value: String(value) });
      return ends ? `${scale} (${ends})` : scale;
    }
    return String(value);
  };
}

/**
 * The questions of an observation with its answers, read-only, as a description list: the fields of the version
 * it was filled on, so a form changed later still shows what was asked then.
 */
export function ObservationAnswers({
  fields,
  values,
}: {
  fields: ObservationField[];
  values: ObservationValues;
}) {
  const answerText = useAnswerText();
  return (
    <Stack gap="sm" component="dl" m={0} data-testid="observation-answers">
      {fields.map((field) => (
        <div key={field.key}>
          <Text component="dt" fw={600} size="sm">
            {field.label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-line' }}>
            {answerText(field, values[field.key])}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
