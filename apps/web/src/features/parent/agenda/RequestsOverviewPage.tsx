import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { AbsenceLine, RequestLine } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorView, Loading } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatShortDate } from '../../../lib/format.ts';
import { notify } from '../../../lib/notify.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { errorCode, translateFirst } from '../../../lib/translate.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AbsenceCancelDialog } from '../absence/AbsenceCancelDialog.tsx';
import { AbsenceLineDetails } from '../absence/AbsenceLineDetails.tsx';
import { AbsenceLineRow } from '../absence/AbsenceLineRow.tsx';
import { AbsenceRegisteredAlert } from '../absence/AbsenceRegisteredAlert.tsx';
import { mergeOverview } from '../absence/overview.ts';
import { useAbsenceLines } from '../absence/queries.ts';
import { CancelLineButton } from '../absence/TrashIcon.tsx';
import { lineKindText, lineLapseText } from '../swap/swap-line.ts';
import classes from './AgendaDay.module.css';
import { formatDayHeader, formatTimes } from './dates.ts';
import { useCancelRequestLine, useRequestLines } from './queries.ts';
import type { SubmittedState } from './RequestDayPage.tsx';
import { RequestLineDetails } from './RequestLineDetails.tsx';
import { cancelRefusalText } from './reasons.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** One line as in the manual: child, submitted, kind, date, times, status, group; a trash icon or why not. */
function LineRow({
  line,
  onOpen,
  onCancel,
}: {
  line: RequestLine;
  onOpen: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const date = formatDayHeader(line.date, locale);
  const refusal = cancelRefusalText(t, line, locale);
  const lapse = lineLapseText(t, line);
  return (
    <Group gap="xs" wrap="nowrap" align="center" data-testid="request-line" data-line-id={line.id}>
      <UnstyledButton
        className={classes.item}
        onClick={onOpen}
        aria-haspopup="dialog"
        aria-label={t('agenda.overview.open', { child: line.childName, date })}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{line.childName}</Text>
            <StatusBadge status={line.status} />
          </Group>
          <Text size="sm">
            {lineKindText(t, line)} · {date} · {formatTimes(line)} · {line.groupName}
            {lapse && ` · ${lapse}`}
          </Text>
          <Text size="xs" c="dimmed">
            {t('agenda.overview.submittedOn', {
              date: formatShortDate(todayInAmsterdam(new Date(line.submittedAt)), locale),
            })}
          </Text>
          {refusal && (
            <Text size="xs" c="dimmed" data-testid="cancel-refusal">
              {refusal}
            </Text>
          )}
        </Stack>
      </UnstyledButton>
      {line.cancel.allowed && (
        <CancelLineButton
          label={t('agenda.overview.cancel', { child: line.childName, date })}
          onClick={onCancel}
        />
      )}
    </Group>
  );
}

/**
 * `/agenda/aanvragen` (P15, P12, P14): every request and absence line, newest first; details on a tap, cancel
 * where allowed.
 */
export function RequestsOverviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('agenda.overview.title'));
  const locale = currentLocale();
  const state: unknown = useLocation().state;
  const submitted =
    state && typeof state === 'object' && 'submitted' in state ? (state as SubmittedState) : null;
  const lines = useRequestLines();
  const cancel = useCancelRequestLine();
  const [open, setOpen] = useState<RequestLine | null>(null);
  const [cancelling, setCancelling] = useState<RequestLine | null>(null);
  const absences = useAbsenceLines();
  const [openAbsence, setOpenAbsence] = useState<AbsenceLine | null>(null);
  const [cancellingAbsence, setCancellingAbsence] = useState<AbsenceLine | null>(null);
  const all = mergeOverview(
    { lines: lines.data?.pages.flatMap((page) => page.lines) ?? [], hasMore: lines.hasNextPage },
    { lines: absences.data?.pages.flatMap((page) => page.lines) ?? [], hasMore: absences.hasNextPage },
  );
  const loadMore = () => {
    if (lines.hasNextPage) void lines.fetchNextPage();
    if (absences.hasNextPage) void absences.fetchNextPage();
  };

  const confirmCancel = () => {
    if (!cancelling || cancel.isPending) return;
    cancel.mutate(cancelling.id, {
      onSuccess: () => {
        setCancelling(null);
        notify(t('agenda.overview.cancelled'), 'success');
      },
    });
  };
  const cancelDate = cancelling ? formatDayHeader(cancelling.date, locale) : '';

  return (
    <Stack gap="md" maw={820}>
      <Anchor component={Link} to="/agenda" size="sm">
        {t('agenda.overview.back')}
      </Anchor>
      <Title order={1}>{t('agenda.overview.title')}</Title>
      {submitted && (
        <Alert color="green" role="status" data-testid="request-submitted">
          <Text size="sm">
            {'swap' in submitted
              ? t('swap.submitted')
              : t('agenda.request.submitted', { count: submitted.submitted })}
          </Text>
          {submitted.skipped.length > 0 && (
            <Text size="sm">
              {t('agenda.request.skipped', {
                dates: submitted.skipped.map((d) => formatDayHeader(d, locale)).join(', '),
              })}
            </Text>
          )}
        </Alert>
      )}
      <AbsenceRegisteredAlert state={state} />
      {lines.isPending && <Loading />}
      {lines.isError && !lines.data && <ErrorView error={lines.error} onRetry={() => void lines.refetch()} />}
      {absences.isError && !absences.data && (
        <Alert color="red" variant="light">
          {t('absence.overview.error')}
        </Alert>
      )}
      {lines.data && !absences.isPending && all.length === 0 && (
        <Text c="dimmed">{t('agenda.overview.empty')}</Text>
      )}
      {all.length > 0 && (
        <Paper
          withBorder
          component="section"
          aria-label={t('agenda.overview.listLabel')}
          className={classes.card}
        >
          <Stack gap={0} className={classes.lines}>
            {all.map(({ kind, line }) =>
              kind === 'absence' ? (
                <AbsenceLineRow
                  key={`absence-${line.id}`}
                  line={line}
                  onOpen={() => setOpenAbsence(line)}
                  onCancel={() => setCancellingAbsence(line)}
                />
              ) : (
                <LineRow
                  key={line.id}
                  line={line}
                  onOpen={() => setOpen(line)}
                  onCancel={() => {
                    cancel.reset();
                    setCancelling(line);
                  }}
                />
              ),
            )}
          </Stack>
        </Paper>
      )}
      {(lines.hasNextPage || absences.hasNextPage) && (
        <Group justify="center">
          <Button
            variant="subtle"
            onClick={loadMore}
            loading={lines.isFetchingNextPage || absences.isFetchingNextPage}
          >
            {t('agenda.overview.loadMore')}
          </Button>
        </Group>
      )}
      <RequestLineDetails line={open} onClose={() => setOpen(null)} />
      <AbsenceLineDetails line={openAbsence} onClose={() => setOpenAbsence(null)} />
      <AbsenceCancelDialog line={cancellingAbsence} onClose={() => setCancellingAbsence(null)} />
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('agenda.overview.cancelTitle')}
        confirmLabel={t('agenda.overview.cancelConfirm')}
        onConfirm={confirmCancel}
        onCancel={() => setCancelling(null)}
        loading={cancel.isPending}
        danger
        error={
          cancel.error ? (
            <Alert color="red" variant="light">
              {translateFirst(
                t,
                [
                  `agenda.overview.errors.${errorCode(cancel.error).split('.').at(-1)}`,
                  `errors.${errorCode(cancel.error)}`,
                ],
                'errors.unknown',
              )}
            </Alert>
          ) : null
        }
      >
        {cancelling && (
          <Stack gap="xs">
            <Text>{t('agenda.overview.cancelText', { child: cancelling.childName, date: cancelDate })}</Text>
            {cancelling.periodLines > 1 && (
              <Text size="sm">
                {t('agenda.overview.cancelPeriod', {
                  count: cancelling.periodLines,
                  child: cancelling.childName,
                })}
              </Text>
            )}
          </Stack>
        )}
      </ConfirmDialog>
    </Stack>
  );
}
