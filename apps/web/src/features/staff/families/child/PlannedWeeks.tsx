import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { PlannedCareDay } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { ErrorView, Loading } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate } from '../../../../lib/format.ts';
import { formatDayHeader, formatTimes } from '../../../parent/agenda/dates.ts';
import { type PlannedWeek, plannedWeeks } from './planned-weeks.ts';
import { useChildCareDays } from './planning-queries.ts';

/** What the day part is beyond the weekly pattern, as the data says: an extra day, a swap, an absence. */
function DayBadges({ day }: { day: PlannedCareDay }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {day.source === 'extra' && (
        <Badge color="teal" variant="light" size="sm">
          {t('childFile.planning.extra')}
        </Badge>
      )}
      {day.source === 'swap' && (
        <Badge color="grape" variant="light" size="sm">
          {t('childFile.planning.swap')}
        </Badge>
      )}
      {day.absence && (
        <Badge color="gray" variant="outline" size="sm">
          {t(`childFile.planning.absent.${day.absence.reason}`)}
        </Badge>
      )}
    </Group>
  );
}

function WeekTable({ week }: { week: PlannedWeek }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const heading = t('childFile.planning.week', { date: formatDate(week.monday, locale) });
  return (
    <Stack gap={4} data-testid="planned-week">
      <Text size="sm" fw={600}>
        {heading}
      </Text>
      {week.days.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('childFile.planning.noCare')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={heading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('childFile.planning.date')}</Table.Th>
              <Table.Th>{t('childFile.planning.times')}</Table.Th>
              <Table.Th>{t('childFile.planning.group')}</Table.Th>
              <Table.Th>{t('childFile.planning.product')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('childFile.planning.marks')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {week.days.map((day) => (
              <Table.Tr key={`${day.date}-${day.startTime}-${day.groupId}`} data-testid="planned-day">
                <Table.Td>{formatDayHeader(day.date, locale)}</Table.Td>
                <Table.Td
                  c={day.absence ? 'dimmed' : undefined}
                  td={day.absence ? 'line-through' : undefined}
                >
                  {formatTimes(day)}
                </Table.Td>
                <Table.Td>{day.groupName}</Table.Td>
                <Table.Td>{day.productName}</Table.Td>
                <Table.Td>
                  <DayBadges day={day} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/**
 * The child's planned days per week, four weeks from today and four more per "Meer": the weekly pattern after
 * holidays and closing days, approved extra days and swaps, and reported absences (struck through, marked).
 */
export function PlannedWeeks({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const planning = useChildCareDays(childId);
  if (planning.isPending) return <Loading minHeight={80} />;
  if (planning.isError) return <ErrorView error={planning.error} onRetry={() => void planning.refetch()} />;
  const pages = planning.data.pages;
  const first = pages[0];
  const last = pages[pages.length - 1];
  if (!first || !last) return null;
  const weeks = plannedWeeks(
    first.from,
    last.to,
    pages.flatMap((page) => page.days),
  );
  return (
    <Stack gap="sm" data-testid="planned-weeks">
      {weeks.map((week) => (
        <WeekTable key={week.monday} week={week} />
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => void planning.fetchNextPage()}
          loading={planning.isFetchingNextPage}
        >
          {t('childFile.planning.more')}
        </Button>
      </Group>
    </Stack>
  );
}
