import { Badge, Button, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { AssessmentLine } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime, formatLongDate } from '../../../lib/format.ts';
import { formatDayHeader, formatTimes } from '../../parent/agenda/dates.ts';
import { durationText } from '../../parent/swap/swap-form.ts';
import { dayPartText, occupancyLevel, occupancyText } from './queue.ts';

/** The group's occupancy for the line's day part, marked when approving would go over its capacity. */
export function OccupancyCell({ line }: { line: AssessmentLine }) {
  const { t } = useTranslation();
  const level = occupancyLevel(line.occupancy);
  return (
    <Stack gap={4} align="flex-start" data-testid="occupancy" data-level={level}>
      <Text size="sm" fw={level === 'free' ? undefined : 600}>
        {occupancyText(t, line.occupancy)}
      </Text>
      {level === 'full' && (
        <Badge color="red.9" variant="filled" radius="sm">
          {t('assessment.occupancy.full')}
        </Badge>
      )}
      {level === 'tight' && (
        <Badge color="orange.9" variant="light" radius="sm">
          {t('assessment.occupancy.tight')}
        </Badge>
      )}
    </Stack>
  );
}

/** Who asked when, until when it stands, "als geheel" and the parent's comment. */
function RequestCell({ line }: { line: AssessmentLine }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm">
        {t('assessment.submitted', { at: formatDateTime(line.submittedAt, locale), by: line.submittedBy })}
      </Text>
      <Text size="sm" c="dimmed" data-testid="expires">
        {t('assessment.expires', { at: formatDateTime(line.expiresAt, locale) })}
      </Text>
      {line.assessAsWhole && (
        <Tooltip label={t('assessment.asWholeHint')} multiline w={260}>
          <Badge variant="outline" radius="sm" tabIndex={0} data-testid="as-whole">
            {t('assessment.asWhole', { count: line.requestLineCount })}
          </Badge>
        </Tooltip>
      )}
      {line.comment && (
        <Text size="sm" fs="italic" aria-label={t('assessment.comment')} data-testid="comment">
          “{line.comment}”
        </Text>
      )}
    </Stack>
  );
}

/** Under a swap's wanted line: the day part given up for it, and what lapses (P13). */
function SwapGiveText({ line }: { line: AssessmentLine }) {
  const { t } = useTranslation();
  if (line.kind !== 'swap' || !line.swapGive) return null;
  const give = line.swapGive;
  return (
    <Stack gap={0} mt={4} data-testid="swap-give">
      <Badge variant="light" color="grape" radius="sm">
        {t('swap.badge')}
      </Badge>
      <Text size="sm">
        {t('swap.queueFor', { date: formatDayHeader(give.date, currentLocale()), times: formatTimes(give) })}
      </Text>
      {(line.lapseMinutes ?? 0) > 0 && (
        <Text size="sm" c="dimmed">
          {t('swap.queueLapse', { duration: durationText(t, line.lapseMinutes ?? 0) })}
        </Text>
      )}
    </Stack>
  );
}

interface QueueLineRowProps {
  line: AssessmentLine;
  selected: boolean;
  onSelect: (on: boolean) => void;
  busy: boolean;
  /** Another decision is on its way: no new one until it is back. */
  locked: boolean;
  rejecting: boolean;
  onApprove: () => void;
  onStartReject: () => void;
}

/** One pending line: choose it for a bulk action, or approve / reject it on its own. */
export function QueueLineRow({
  line,
  selected,
  onSelect,
  busy,
  locked,
  rejecting,
  onApprove,
  onStartReject,
}: QueueLineRowProps) {
  const { t } = useTranslation();
  const dayPart = dayPartText(t, line);
  return (
    <Table.Tr data-testid="queue-line" data-line-id={line.id} aria-selected={selected}>
      <Table.Td>
        <Checkbox
          checked={selected}
          onChange={(event) => onSelect(event.currentTarget.checked)}
          aria-label={t('assessment.selectLine', {
            child: line.childName,
            date: formatLongDate(line.date, currentLocale()),
            dayPart,
          })}
        />
      </Table.Td>
      <Table.Td>
        <Text fw={600}>{line.childName}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{line.productName}</Text>
        <Text size="sm" c="dimmed">
          {t('assessment.times', { start: line.startTime, end: line.endTime })}
        </Text>
        <SwapGiveText line={line} />
      </Table.Td>
      <Table.Td>
        <OccupancyCell line={line} />
      </Table.Td>
      <Table.Td>
        <RequestCell line={line} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            color="green.9"
            onClick={onApprove}
            loading={busy && !rejecting}
            disabled={locked && !busy}
            aria-label={t('assessment.approveLine', { child: line.childName })}
          >
            {t('assessment.approve')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onStartReject}
            disabled={locked || rejecting}
            aria-expanded={rejecting}
            aria-label={t('assessment.rejectLine', { child: line.childName })}
          >
            {t('assessment.reject')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
