import { ActionIcon, Alert, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { GroupDay, LocalDate } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatLongDate } from '../../../lib/format.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { EmptyState } from '../setup/components/EmptyState.tsx';
import { DayPartTable } from './DayPartTable.tsx';
import { addDays, chooseView, daySummary, groupOptions, isLocalDate } from './group-day.ts';
import { useDayGroups, useGroupDay } from './queries.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The group and date live in the address (`?groep=&datum=`), so a planner can share or reload the view. */
function useView(groups: Parameters<typeof chooseView>[1]) {
  const [params, setParams] = useSearchParams();
  const view = chooseView(
    { group: params.get('groep'), date: params.get('datum') },
    groups,
    todayInAmsterdam(),
  );
  const go = (next: { groupId?: string; date?: LocalDate }) =>
    setParams(
      (previous) => {
        const search = new URLSearchParams(previous);
        const groupId = next.groupId ?? view.groupId;
        if (groupId) search.set('groep', groupId);
        search.set('datum', next.date ?? view.date);
        return search;
      },
      { replace: true },
    );
  return { view, go };
}

function DayContent({ day }: { day: GroupDay }) {
  const { t } = useTranslation();
  const summary = daySummary(day);
  return (
    <Stack gap="lg" data-testid="group-day" data-date={day.date}>
      <Stack gap={4}>
        <Title order={2} size="h3">
          {capitalise(formatLongDate(day.date, currentLocale()))}
        </Title>
        <Text c="dimmed" size="sm">
          {t('groupDay.groupLine', {
            group: day.group.name,
            location: day.group.locationName,
            capacity: day.group.capacity,
          })}
        </Text>
      </Stack>
      {day.closed !== null && (
        <Alert color="orange" variant="light" title={t('groupDay.closed.title')} data-testid="closed">
          {day.closed || t('groupDay.closed.noReason')}
        </Alert>
      )}
      <Text data-testid="day-summary">
        {[
          t('groupDay.summary.expected', { count: summary.expected }),
          t('groupDay.summary.absent', { count: summary.absent }),
          t('groupDay.summary.pending', { count: summary.pending }),
        ].join(' · ')}
      </Text>
      {day.occupancy.length === 0 ? (
        <EmptyState text={t('groupDay.noDayParts')} />
      ) : (
        day.occupancy.map((slot) => <DayPartTable key={slot.careProductId} day={day} slot={slot} />)
      )}
    </Stack>
  );
}

/**
 * `/beheer/aanvragen/dagoverzicht`: a group on a date (S3, S7): who comes when (contract, extra days, open
 * requests), who is reported absent, and the occupancy per day part.
 */
export function GroupDayPage() {
  const { t } = useTranslation();
  usePageTitle(t('groupDay.title'));
  const groups = useDayGroups();
  const { view, go } = useView(groups.data ?? []);
  const day = useGroupDay(view.groupId, view.date);
  const locale = currentLocale();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('groupDay.title')}</Title>
      <Text c="dimmed">{t('groupDay.intro')}</Text>
      {renderResult(groups, (list) =>
        list.length === 0 ? (
          <EmptyState text={t('groupDay.noGroups')} />
        ) : (
          <Stack gap="lg">
            <Group align="flex-end" gap="md" role="search" aria-label={t('groupDay.filters.label')}>
              <Select
                label={t('groupDay.filters.group')}
                data={groupOptions(list)}
                value={view.groupId}
                onChange={(value) => value && go({ groupId: value })}
                allowDeselect={false}
                searchable
                w={260}
              />
              <Group gap={4} align="flex-end">
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={1}
                  aria-label={t('groupDay.filters.previous', {
                    date: formatLongDate(addDays(view.date, -1), locale),
                  })}
                  onClick={() => go({ date: addDays(view.date, -1) })}
                >
                  <span aria-hidden="true">‹</span>
                </ActionIcon>
                <TextInput
                  type="date"
                  label={t('groupDay.filters.date')}
                  value={view.date}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (isLocalDate(value)) go({ date: value });
                  }}
                  w={170}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={1}
                  aria-label={t('groupDay.filters.next', {
                    date: formatLongDate(addDays(view.date, 1), locale),
                  })}
                  onClick={() => go({ date: addDays(view.date, 1) })}
                >
                  <span aria-hidden="true">›</span>
                </ActionIcon>
              </Group>
            </Group>
            {renderResult(day, (data) => (
              <DayContent day={data} />
            ))}
          </Stack>
        ),
      )}
    </Stack>
  );
}
