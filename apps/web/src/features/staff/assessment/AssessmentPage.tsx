import { Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import type { AssessmentLine, Decision } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatLongDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { LocationSelect } from '../families/components/Selects.tsx';
import { EmptyState } from '../setup/components/EmptyState.tsx';
import { BulkBar } from './BulkBar.tsx';
import { DecisionResult } from './DecisionResult.tsx';
import {
  approveDecisions,
  chosenLines,
  type DecisionKind,
  type DecisionOutcome,
  outcomeOf,
  rejectDecisions,
  wholeRequestsIn,
  withSelected,
} from './decisions.ts';
import { QueueGroupTable } from './QueueGroupTable.tsx';
import { useAssessmentQueue, useDecide } from './queries.ts';
import { groupQueue, rejectsWholeRequest } from './queue.ts';
import { RejectForm } from './RejectForm.tsx';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The filters live in the address, so a planner can share or reload a view of the queue. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = {
    locationId: params.get('locatie') ?? '',
    from: params.get('van') ?? '',
    to: params.get('tot') ?? '',
  };
  const update = (key: 'locatie' | 'van' | 'tot', value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { filters, update };
}

/** `/beheer/aanvragen`: the planner's queue of pending lines, approved or rejected one by one or in bulk (S3). */
export function AssessmentPage() {
  const { t } = useTranslation();
  usePageTitle(t('assessment.title'));
  const { filters, update } = useFilters();
  // "YYYY-MM-DD" strings compare in date order.
  const datesWrong = filters.from !== '' && filters.to !== '' && filters.to < filters.from;
  const queue = useAssessmentQueue(filters, !datesWrong);
  const decide = useDecide();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rejectingId, setRejectingId] = useState<string | null>(null);
  const [bulkRejecting, setBulkRejecting] = useState(false);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  /** Where the decision on its way was asked: a line's buttons or the bulk bar. */
  const [source, setSource] = useState<'line' | 'bulk'>('line');

  const lines = queue.data?.lines ?? [];
  const chosen = chosenLines(selected, lines);
  const filtered = filters.locationId !== '' || filters.from !== '' || filters.to !== '';

  async function run(
    origin: 'line' | 'bulk',
    kind: DecisionKind,
    decided: AssessmentLine[],
    decisions: Decision[],
  ) {
    setSource(origin);
    setBusyIds(new Set(decided.map((line) => line.id)));
    try {
      const answer = await decide.mutateAsync({ decisions });
      setOutcome(outcomeOf(kind, decided, answer));
      setSelected((previous) =>
        withSelected(
          previous,
          decided.map((line) => line.id),
          false,
        ),
      );
      setRejectingId(null);
      setBulkRejecting(false);
    } catch {
      // The error shows where the planner acted (the open form, or above the queue).
    } finally {
      setBusyIds(new Set());
    }
  }

  const startReject = (line: AssessmentLine) => {
    decide.reset();
    setRejectingId(line.id);
  };
  const cancelReject = () => {
    decide.reset();
    setRejectingId(null);
    setBulkRejecting(false);
  };
  const whole = wholeRequestsIn(chosen);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assessment.title')}</Title>
      <Text c="dimmed">{t('assessment.intro')}</Text>
      <Group align="flex-end" gap="md" role="search" aria-label={t('assessment.filters.label')}>
        <LocationSelect
          label={t('assessment.filters.location')}
          placeholder={t('assessment.filters.allLocations')}
          value={filters.locationId || null}
          onChange={(value) => update('locatie', value ?? '')}
          allowDeselect
          clearable
          w={260}
        />
        <TextInput
          type="date"
          label={t('assessment.filters.from')}
          value={filters.from}
          onChange={(event) => update('van', event.currentTarget.value)}
          w={170}
        />
        <TextInput
          type="date"
          label={t('assessment.filters.to')}
          value={filters.to}
          onChange={(event) => update('tot', event.currentTarget.value)}
          error={datesWrong ? t('assessment.filters.toBeforeFrom') : undefined}
          w={170}
        />
      </Group>
      {outcome && <DecisionResult outcome={outcome} onClose={() => setOutcome(null)} />}
      {rejectingId === null && !bulkRejecting && <FormErrorAlert error={decide.error} />}
      {datesWrong
        ? null
        : renderResult(queue, (data) =>
            data.lines.length === 0 ? (
              <EmptyState text={filtered ? t('assessment.emptyFiltered') : t('assessment.empty')} />
            ) : (
              <Stack gap="xl" data-testid="assessment-queue">
                <BulkBar
                  total={data.lines.length}
                  chosen={chosen.length}
                  allIds={data.lines.map((line) => line.id)}
                  selected={selected}
                  onSelect={(ids, on) => setSelected((previous) => withSelected(previous, ids, on))}
                  locked={decide.isPending}
                  approving={decide.isPending && source === 'bulk' && !bulkRejecting}
                  onApprove={() => void run('bulk', 'approve', chosen, approveDecisions(chosen))}
                  onReject={() => {
                    decide.reset();
                    setRejectingId(null);
                    setBulkRejecting(true);
                  }}
                />
                {groupQueue(data.lines).map((day) => (
                  <Stack
                    key={day.date}
                    gap="md"
                    component="section"
                    aria-label={formatLongDate(day.date, currentLocale())}
                  >
                    <Title order={2} size="h3">
                      {capitalise(formatLongDate(day.date, currentLocale()))}
                    </Title>
                    {day.groups.map((section) => (
                      <QueueGroupTable
                        key={section.key}
                        date={day.date}
                        section={section}
                        actions={{
                          selected,
                          onSelect: (ids, on) => setSelected((previous) => withSelected(previous, ids, on)),
                          busyIds,
                          locked: decide.isPending,
                          rejectingId,
                          onApprove: (line) => {
                            setRejectingId(null);
                            void run('line', 'approve', [line], approveDecisions([line]));
                          },
                          onStartReject: startReject,
                          renderRejectForm: (line) => (
                            <RejectForm
                              title={t('assessment.rejectForm.title', {
                                child: line.childName,
                                date: formatLongDate(line.date, currentLocale()),
                              })}
                              hint={t('assessment.rejectForm.reasonHint')}
                              warning={
                                rejectsWholeRequest(line)
                                  ? t('assessment.rejectForm.wholeRequest', { count: line.requestLineCount })
                                  : null
                              }
                              submitting={decide.isPending}
                              error={decide.error}
                              onSubmit={(reason) =>
                                void run('line', 'reject', [line], rejectDecisions([line], reason))
                              }
                              onCancel={cancelReject}
                            />
                          ),
                        }}
                      />
                    ))}
                  </Stack>
                ))}
              </Stack>
            ),
          )}
      <Modal
        opened={bulkRejecting}
        onClose={cancelReject}
        title={t('assessment.rejectForm.titleBulk', { count: chosen.length })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <RejectForm
          title={t('assessment.rejectForm.titleBulk', { count: chosen.length })}
          hint={t('assessment.rejectForm.reasonHintBulk')}
          warning={
            whole.requests > 0
              ? t('assessment.rejectForm.wholeRequestBulk', { count: whole.requests, lines: whole.lines })
              : null
          }
          submitting={decide.isPending}
          error={decide.error}
          onSubmit={(reason) => void run('bulk', 'reject', chosen, rejectDecisions(chosen, reason))}
          onCancel={cancelReject}
        />
      </Modal>
    </Stack>
  );
}
