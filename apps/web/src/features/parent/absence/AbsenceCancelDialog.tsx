import { Alert, Stack, Text } from '@mantine/core';
import type { AbsenceLine } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { notify } from '../../../lib/notify.ts';
import { errorCode, translateFirst } from '../../../lib/translate.ts';
import { formatDayHeader } from '../agenda/dates.ts';
import { useCancelAbsenceLine } from './queries.ts';
import { formatDuration } from './texts.ts';

/** Asks before cancelling an absence line (its credit lapses), then cancels it; a refusal shows in the dialog. */
export function AbsenceCancelDialog({ line, onClose }: { line: AbsenceLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelAbsenceLine();
  const date = line ? formatDayHeader(line.date, currentLocale()) : '';
  const confirm = () => {
    if (!line || cancel.isPending) return;
    cancel.mutate(line.id, {
      onSuccess: () => {
        onClose();
        notify(t('absence.overview.cancelled'), 'success');
      },
    });
  };
  const close = () => {
    cancel.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={line !== null}
      title={t('absence.overview.cancelTitle')}
      confirmLabel={t('absence.overview.cancelConfirm')}
      onConfirm={confirm}
      onCancel={close}
      loading={cancel.isPending}
      danger
      error={
        cancel.error ? (
          <Alert color="red" variant="light">
            {translateFirst(
              t,
              [
                `absence.overview.errors.${errorCode(cancel.error).split('.').at(-1)}`,
                `errors.${errorCode(cancel.error)}`,
              ],
              'errors.unknown',
            )}
          </Alert>
        ) : null
      }
    >
      {line && (
        <Stack gap="xs">
          <Text>{t('absence.overview.cancelText', { child: line.childName, date })}</Text>
          {line.credit && (
            <Text size="sm">
              {t('absence.overview.cancelCredit', { duration: formatDuration(t, line.credit.amount) })}
            </Text>
          )}
        </Stack>
      )}
    </ConfirmDialog>
  );
}
