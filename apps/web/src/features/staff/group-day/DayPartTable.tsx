import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { GroupDay, GroupDayOccupancy, GroupDayPartKind } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { type DayPartRow, occupancyLevel, rowStatus, rowsOfDayPart } from './group-day.ts';

const KIND_COLOURS: Record<GroupDayPartKind, string> = {
  contract: 'gray',
  extra: 'teal.9',
  swap: 'grape.9',
  pending: 'orange.9',
};

/** "3 van 14 bezet, 1 optie", marked when the day part is full or the options would not all fit. */
function OccupancyLine({ slot }: { slot: GroupDayOccupancy }) {
  const { t } = useTranslation();
  const level = occupancyLevel(slot);
  return (
    <Group
      gap="xs"
      data-testid="occupancy"
      data-confirmed={slot.confirmed}
      data-pending={slot.pending}
      data-level={level}
    >
      <Text size="sm" fw={level === 'free' ? undefined : 600}>
        {t('groupDay.occupancy.text', { confirmed: slot.confirmed, capacity: slot.capacity })}
        {slot.pending > 0 && `, ${t('groupDay.occupancy.pending', { count: slot.pending })}`}
      </Text>
      {level === 'full' && (
        <Badge color="red.9" variant="filled" radius="sm">
          {t('groupDay.occupancy.full')}
        </Badge>
      )}
      {level === 'tight' && (
        <Badge color="orange.9" variant="light" radius="sm">
          {t('groupDay.occupancy.tight')}
        </Badge>
      )}
    </Group>
  );
}

function StatusCell({ row }: { row: DayPartRow }) {
  const { t } = useTranslation();
  const status = rowStatus(row.part);
  if (status.kind === 'absent')
    return (
      <Badge color="red.9" variant="light" radius="sm" data-testid="absence">
        {t(`groupDay.status.absent.${status.reason}`)}
      </Badge>
    );
  return <Text size="sm">{t(`groupDay.status.${status.kind}`)}</Text>;
}

/** One day part of the group: how full it is and which children are there, with their own times. */
export function DayPartTable({ day, slot }: { day: GroupDay; slot: GroupDayOccupancy }) {
  const { t } = useTranslation();
  const rows = rowsOfDayPart(day, slot);
  const headingId = `day-part-${slot.careProductId}`;
  const times = t('groupDay.times', { start: slot.startTime, end: slot.endTime });
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid="day-part">
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Title order={2} size="h4" id={headingId}>
          {t('groupDay.dayPartHeading', { name: slot.name, times })}
        </Title>
        <OccupancyLine slot={slot} />
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('groupDay.nobody')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-labelledby={headingId} verticalSpacing="xs" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('groupDay.columns.child')}</Table.Th>
                <Table.Th scope="col" w="18%">
                  {t('groupDay.columns.times')}
                </Table.Th>
                <Table.Th scope="col" w="22%">
                  {t('groupDay.columns.dayPart')}
                </Table.Th>
                <Table.Th scope="col" w="12%">
                  {t('groupDay.columns.kind')}
                </Table.Th>
                <Table.Th scope="col" w="20%">
                  {t('groupDay.columns.status')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const absent = row.part.absence !== null;
                return (
                  <Table.Tr
                    key={`${row.childId}-${row.part.kind}-${row.part.startTime}-${row.part.careProductId}`}
                    data-testid="day-row"
                    data-child-id={row.childId}
                    data-kind={row.part.kind}
                    data-absent={absent}
                  >
                    <Table.Th scope="row" fw={500}>
                      <Text size="sm" td={absent ? 'line-through' : undefined} inherit>
                        {row.name}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      {t('groupDay.times', { start: row.part.startTime, end: row.part.endTime })}
                    </Table.Td>
                    <Table.Td>{row.part.productName}</Table.Td>
                    <Table.Td>
                      <Badge color={KIND_COLOURS[row.part.kind]} variant="light" radius="sm">
                        {t(`groupDay.kinds.${row.part.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <StatusCell row={row} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
