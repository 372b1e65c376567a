import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ChildFile, Placement, PlacementState } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleCard } from '../../../../components/ArticleCard.tsx';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { errorText } from '../../../../lib/translate.ts';
import { useDeletePlacement } from '../queries.ts';
import { AddPlacementForm } from './AddPlacementForm.tsx';
import { ChangePlacementForm, EndPlacementForm } from './ChangePlacementForm.tsx';
import type { Weekday } from './placement-form.ts';

const STATE_COLOURS: Record<PlacementState, string> = { planned: 'blue', current: 'green', ended: 'gray' };

function usePeriod() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (placement: Placement) =>
    placement.endDate
      ? t('families.placements.period', {
          start: formatDate(placement.startDate, locale),
          end: formatDate(placement.endDate, locale),
        })
      : t('families.placements.openEnded', { start: formatDate(placement.startDate, locale) });
}

function DaysText({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      {placement.days.map((day) => (
        <Text size="sm" key={`${day.weekday}-${day.careProductId}`}>
          {t(`families.weekday.${day.weekday as Weekday}`)}: {day.careProductName}
        </Text>
      ))}
    </Stack>
  );
}

type Editing = { kind: 'change' | 'end'; placementId: string } | null;

function PlacementCard({
  childId,
  placement,
  previous,
  editing,
  onEdit,
}: {
  childId: string;
  placement: Placement;
  previous: Placement | undefined;
  editing: Editing;
  onEdit: (editing: Editing) => void;
}) {
  const { t } = useTranslation();
  const period = usePeriod();
  const remove = useDeletePlacement(childId);
  const [confirming, setConfirming] = useState(false);
  const headingId = `placement-${placement.id}`;
  const open = editing?.placementId === placement.id ? editing.kind : null;
  return (
    <ArticleCard headingId={headingId} testId="placement">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={headingId}>
              {placement.groupName} · {placement.locationName}
            </Title>
            <Text size="sm">
              {placement.placementType} · {period(placement)}
            </Text>
            {previous && (
              <Text size="xs" c="dimmed">
                {t('families.placements.continues', { period: period(previous) })}
              </Text>
            )}
          </div>
          <Badge color={STATE_COLOURS[placement.state]} variant="light">
            {t(`families.placements.state.${placement.state}`)}
          </Badge>
        </Group>
        <DaysText placement={placement} />
        {open === null && (
          <Group gap="sm">
            <Button
              size="xs"
              variant="light"
              onClick={() => onEdit({ kind: 'change', placementId: placement.id })}
            >
              {placement.state === 'current'
                ? t('families.placements.changeFrom')
                : t('families.placements.change')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="orange"
              onClick={() => onEdit({ kind: 'end', placementId: placement.id })}
            >
              {t('families.placements.end')}
            </Button>
            {placement.state === 'planned' && (
              <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
                {t('families.placements.delete')}
              </Button>
            )}
          </Group>
        )}
        {open === 'change' && (
          <ChangePlacementForm childId={childId} placement={placement} onDone={() => onEdit(null)} />
        )}
        {open === 'end' && (
          <EndPlacementForm childId={childId} placement={placement} onDone={() => onEdit(null)} />
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('families.placements.deleteTitle')}
        confirmLabel={t('families.placements.delete')}
        onConfirm={() =>
          remove.mutate(placement.id, {
            onSuccess: () => notify(t('families.placements.deleted'), 'success'),
            onError: (error) => notify(errorText(t, error), 'error'),
            onSettled: () => setConfirming(false),
          })
        }
        onCancel={() => setConfirming(false)}
        loading={remove.isPending}
        danger
      >
        {t('families.placements.deleteText', { group: placement.groupName, period: period(placement) })}
      </ConfirmDialog>
    </ArticleCard>
  );
}

function History({ placements }: { placements: Placement[] }) {
  const { t } = useTranslation();
  const period = usePeriod();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder data-testid="placement-history">
        <caption style={{ textAlign: 'left', captionSide: 'top', fontWeight: 600, paddingBottom: 8 }}>
          {t('families.placements.history')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('families.placements.group')}</Table.Th>
            <Table.Th scope="col">{t('families.placements.type')}</Table.Th>
            <Table.Th scope="col">{t('families.placements.periodLabel')}</Table.Th>
            <Table.Th scope="col">{t('families.placements.days')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {placements.map((placement) => (
            <Table.Tr key={placement.id}>
              <Table.Td>{placement.groupName}</Table.Td>
              <Table.Td>{placement.placementType}</Table.Td>
              <Table.Td>{period(placement)}</Table.Td>
              <Table.Td>
                <DaysText placement={placement} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Plaatsingen": running and planned placements to change, end or remove; ended ones as history. */
export function PlacementsSection({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const open = file.placements.filter((placement) => placement.state !== 'ended');
  const ended = file.placements.filter((placement) => placement.state === 'ended').reverse();
  const byId = new Map(file.placements.map((placement) => [placement.id, placement]));
  return (
    <Stack gap="sm" component="section" aria-labelledby="placements-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="placements-title">
          {t('families.placements.title')}
        </Title>
        {!adding && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('families.placements.add')}
          </Button>
        )}
      </Group>
      {adding && (
        <AddPlacementForm
          childId={file.child.id}
          locationId={file.child.location.id}
          onDone={() => setAdding(false)}
        />
      )}
      {open.length === 0 && !adding && (
        <Text c="dimmed" size="sm">
          {t('families.placements.none')}
        </Text>
      )}
      {open.map((placement) => (
        <PlacementCard
          key={placement.id}
          childId={file.child.id}
          placement={placement}
          previous={placement.previousPlacementId ? byId.get(placement.previousPlacementId) : undefined}
          editing={editing}
          onEdit={setEditing}
        />
      ))}
      {ended.length > 0 && <History placements={ended} />}
    </Stack>
  );
}
