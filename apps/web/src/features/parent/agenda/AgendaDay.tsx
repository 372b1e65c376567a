import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { AgendaDay as AgendaDayData, AgendaItem } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import classes from './AgendaDay.module.css';
import { ChildInitial } from './ChildInitial.tsx';
import { formatDayHeader, formatTimes } from './dates.ts';

export interface AgendaChild {
  id: string;
  firstName: string;
  lastName: string;
}

/** A child's place in the account's list (for its colour) and first name. */
export function childInfo(children: readonly AgendaChild[], childId: string) {
  const index = children.findIndex((c) => c.id === childId);
  return { index, firstName: children[index]?.firstName ?? '' };
}

function ItemButton({
  item,
  childList,
  onOpen,
}: {
  item: AgendaItem;
  childList: readonly AgendaChild[];
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const child = childInfo(childList, item.childId);
  const times = formatTimes(item);
  const absent = item.absence ?? null;
  const label = t('agenda.itemLabel', {
    child: child.firstName,
    group: item.groupName,
    times,
    product: item.productName,
  });
  return (
    <UnstyledButton
      className={classes.item}
      onClick={onOpen}
      data-testid="agenda-item"
      aria-label={absent ? `${label}, ${t(`absence.badge.${absent.reason}`)}` : label}
      aria-haspopup="dialog"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ChildInitial name={child.firstName} index={child.index} />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{child.firstName}</Text>
            <Text size="sm" c="dimmed">
              {item.groupName}
            </Text>
            {item.kind === 'request' && (
              <Badge color="yellow" variant="light" size="sm">
                {t('agenda.optionExtra')}
              </Badge>
            )}
            {item.kind === 'care' && item.source === 'extra' && (
              <Badge color="teal" variant="light" size="sm">
                {t('agenda.extraDay')}
              </Badge>
            )}
            {item.kind === 'care' && item.source === 'swap' && (
              <Badge color="grape" variant="light" size="sm" data-testid="swap-badge">
                {t('swap.badge')}
              </Badge>
            )}
            {absent && (
              <Badge color="gray" variant="outline" size="sm" data-testid="absence-badge">
                {t(`absence.badge.${absent.reason}`)}
              </Badge>
            )}
          </Group>
          <Text size="sm" c={absent ? 'dimmed' : undefined} td={absent ? 'line-through' : undefined}>
            {times} · {item.productName}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

/**
 * One day of the agenda: the date, then the care moments of the children (planned days and open requests),
 * closing days; a day without care stays one compact line.
 */
export function AgendaDayView({
  day,
  childList,
  today,
  onOpen,
}: {
  day: AgendaDayData;
  childList: readonly AgendaChild[];
  today: string;
  onOpen: (item: AgendaItem) => void;
}) {
  const { t } = useTranslation();
  const header = formatDayHeader(day.date, currentLocale());
  const headingId = `agenda-day-${day.date}`;
  const empty = day.items.length === 0 && day.closures.length === 0;
  const items = [...day.items].sort((a, b) => a.startTime.localeCompare(b.startTime));
  return (
    <section aria-labelledby={headingId} data-testid="agenda-day" data-date={day.date}>
      <Group gap="xs" className={empty ? classes.emptyDay : undefined} wrap="nowrap">
        <Title order={2} size="h5" id={headingId} className={classes.header}>
          {header}
        </Title>
        {day.date === today && (
          <Badge size="sm" variant="outline">
            {t('agenda.today')}
          </Badge>
        )}
        {empty && (
          <Text size="sm" c="dimmed">
            {t('agenda.noCare')}
          </Text>
        )}
      </Group>
      {!empty && (
        <Paper withBorder mt={4} mb="sm" className={classes.card}>
          {day.closures.map((closure) => (
            <Text key={`${closure.locationName}-${closure.description}`} size="sm" px="md" py="xs" c="red.9">
              {t('agenda.closed', { description: closure.description, location: closure.locationName })}
            </Text>
          ))}
          {items.map((item) => (
            <ItemButton
              key={`${item.kind}-${item.lineId ?? ''}-${item.childId}-${item.groupId}-${item.startTime}`}
              item={item}
              childList={childList}
              onOpen={() => onOpen(item)}
            />
          ))}
        </Paper>
      )}
    </section>
  );
}
