import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbsenceRegisteredState } from './AbsencePage.tsx';

/** True for the state "Doorgeven" leaves for the overview. */
export function isAbsenceRegistered(state: unknown): state is AbsenceRegisteredState {
  return typeof state === 'object' && state !== null && 'absenceRegistered' in state;
}

/** The overview's confirmation after "Doorgeven". */
export function AbsenceRegisteredAlert({ state }: { state: unknown }) {
  const { t } = useTranslation();
  if (!isAbsenceRegistered(state)) return null;
  return (
    <Alert color="green" role="status" data-testid="absence-registered">
      <Text size="sm">{t('absence.form.registered', { count: state.absenceRegistered })}</Text>
    </Alert>
  );
}
