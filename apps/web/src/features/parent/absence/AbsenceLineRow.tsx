import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { AbsenceLine } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatShortDate } from '../../../lib/format.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import classes from '../agenda/AgendaDay.module.css';
import { formatDayHeader, formatTimes } from '../agenda/dates.ts';
import { CancelLineButton } from './TrashIcon.tsx';
import { absenceRefusalText, formatDuration } from './texts.ts';

/** An absence line's status: GEREGISTREERD or GEANNULEERD. */
export function AbsenceStatusBadge({ status }: { status: AbsenceLine['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'registered' ? 'blue' : 'gray'} variant="light" data-testid="status-badge">
      {t(`absence.overview.status.${status}`)}
    </Badge>
  );
}

/**
 * An absence in the Aanvragenoverzicht (P15): child, status, "Afwezigheid", reason, date, times, group, when
 * submitted and the credit it yielded; the trash icon where it can be cancelled, or why not.
 */
export function AbsenceLineRow({
  line,
  onOpen,
  onCancel,
}: {
  line: AbsenceLine;
  onOpen: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const date = formatDayHeader(line.date, locale);
  const refusal = absenceRefusalText(t, line, locale);
  return (
    <Group gap="xs" wrap="nowrap" align="center" data-testid="absence-line" data-line-id={line.id}>
      <UnstyledButton
        className={classes.item}
        onClick={onOpen}
        aria-haspopup="dialog"
        aria-label={t('absence.overview.open', { child: line.childName, date })}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{line.childName}</Text>
            <AbsenceStatusBadge status={line.status} />
          </Group>
          <Text size="sm">
            {t('absence.overview.kind')} ({t(`absence.reasons.${line.reason}`).toLowerCase()}) · {date} ·{' '}
            {formatTimes(line)} · {line.groupName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('agenda.overview.submittedOn', {
              date: formatShortDate(todayInAmsterdam(new Date(line.submittedAt)), locale),
            })}
          </Text>
          {line.credit && line.status === 'registered' && (
            <Text size="xs" data-testid="absence-line-credit">
              {t('absence.overview.credit', {
                duration: formatDuration(t, line.credit.amount),
                date: formatDate(line.credit.validUntil, locale),
              })}
            </Text>
          )}
          {refusal && (
            <Text size="xs" c="dimmed" data-testid="cancel-refusal">
              {refusal}
            </Text>
          )}
        </Stack>
      </UnstyledButton>
      {line.cancel.allowed && (
        <CancelLineButton
          label={t('absence.overview.cancel', { child: line.childName, date })}
          onClick={onCancel}
        />
      )}
    </Group>
  );
}
