import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.ts';
import { errorText } from '../lib/translate.ts';

/**
 * A form's error that belongs to no field, translated. Errors about a field show under that field instead
 * (the form sets them), so they are not repeated here; `shownElsewhere` names other codes a form shows itself.
 */
export function FormErrorAlert({
  error,
  shownElsewhere = [],
}: {
  error: unknown;
  shownElsewhere?: string[];
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && (error.fields.length > 0 || shownElsewhere.includes(error.code)))
    return null;
  return (
    <Alert color="red" variant="light">
      {errorText(t, error)}
    </Alert>
  );
}
