import { Stack, Text } from '@mantine/core';
import type { Declaration, DeclarationField, DeclarationValue } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';

/** One value as the guardian filled it in: yes/no in words, a date written out, nothing as a dash. */
export function useValueText() {
  const { t } = useTranslation();
  return (field: DeclarationField, value: DeclarationValue | undefined): string => {
    if (value === undefined || value === null || value === '') return t('declarations.empty');
    if (typeof value === 'boolean') return value ? t('declarations.yes') : t('declarations.no');
    if (field.type === 'date') return formatDate(value, currentLocale());
    return value;
  };
}

/**
 * A signed declaration as it was signed: the fields of its own version with their values, and who signed it
 * when. Shown to the family and to staff alike.
 */
export function DeclarationValues({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  return (
    <Stack gap={4} data-testid="declaration-values">
      {declaration.version.fields.map((field) => (
        <Text key={field.id} size="sm">
          <Text span fw={600}>
            {field.label}:
          </Text>{' '}
          <span style={{ whiteSpace: 'pre-line' }}>{valueText(field, declaration.values[field.id])}</span>
        </Text>
      ))}
      <Text size="sm" c="dimmed" data-testid="declaration-signature">
        {t('declarations.signed', {
          name: declaration.signedName,
          date: formatDateTime(declaration.signedAt, currentLocale()),
          version: declaration.version.version,
        })}
      </Text>
    </Stack>
  );
}
