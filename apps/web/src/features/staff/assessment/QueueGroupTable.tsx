import { Checkbox, Stack, Table, Title } from '@mantine/core';
import type { AssessmentLine } from '@nestje/contract';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatLongDate } from '../../../lib/format.ts';
import { selectionState } from './decisions.ts';
import { QueueLineRow } from './QueueLineRow.tsx';
import type { GroupSection } from './queue.ts';

export interface QueueActions {
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
  /** Lines whose decision is on its way. */
  busyIds: ReadonlySet<string>;
  /** A decision is on its way: no other until it is back. */
  locked: boolean;
  /** The line whose reject form is open, if any. */
  rejectingId: string | null;
  onApprove: (line: AssessmentLine) => void;
  onStartReject: (line: AssessmentLine) => void;
  /** The open reject form, shown under its line. */
  renderRejectForm: (line: AssessmentLine) => ReactNode;
}

const COLUMN_COUNT = 6;

/** The pending lines of one group on one date, with a box to choose them all. */
export function QueueGroupTable({
  date,
  section,
  actions,
}: {
  date: string;
  section: GroupSection;
  actions: QueueActions;
}) {
  const { t } = useTranslation();
  const heading = t('assessment.groupHeading', { location: section.locationName, group: section.groupName });
  const ids = section.lines.map((line) => line.id);
  const state = selectionState(actions.selected, ids);
  const headingId = `queue-${date}-${section.groupId}`;
  return (
    <Stack gap="xs" data-testid="queue-group">
      <Title order={3} size="h4" id={headingId}>
        {heading}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-labelledby={headingId} verticalSpacing="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={40}>
                <Checkbox
                  checked={state === 'all'}
                  indeterminate={state === 'some'}
                  onChange={() => actions.onSelect(ids, state !== 'all')}
                  aria-label={t('assessment.selectGroup', {
                    group: section.groupName,
                    date: formatLongDate(date, currentLocale()),
                  })}
                />
              </Table.Th>
              <Table.Th scope="col" w="16%">
                {t('assessment.columns.child')}
              </Table.Th>
              <Table.Th scope="col" w="16%">
                {t('assessment.columns.dayPart')}
              </Table.Th>
              <Table.Th scope="col" w="16%">
                {t('assessment.columns.occupancy')}
              </Table.Th>
              <Table.Th scope="col">{t('assessment.columns.request')}</Table.Th>
              <Table.Th scope="col" w={240}>
                {t('assessment.columns.actions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {section.lines.map((line) => (
              <Fragment key={line.id}>
                <QueueLineRow
                  line={line}
                  selected={actions.selected.has(line.id)}
                  onSelect={(on) => actions.onSelect([line.id], on)}
                  busy={actions.busyIds.has(line.id)}
                  locked={actions.locked}
                  rejecting={actions.rejectingId === line.id}
                  onApprove={() => actions.onApprove(line)}
                  onStartReject={() => actions.onStartReject(line)}
                />
                {actions.rejectingId === line.id && (
                  <Table.Tr>
                    <Table.Td colSpan={COLUMN_COUNT}>{actions.renderRejectForm(line)}</Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
