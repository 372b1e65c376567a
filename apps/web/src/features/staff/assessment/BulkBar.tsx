import { Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { selectionState } from './decisions.ts';

interface BulkBarProps {
  total: number;
  chosen: number;
  allIds: readonly string[];
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
  locked: boolean;
  approving: boolean;
  onApprove: () => void;
  onReject: () => void;
}

/** Choose all lines, and approve or reject the chosen ones at once. */
export function BulkBar({
  total,
  chosen,
  allIds,
  selected,
  onSelect,
  locked,
  approving,
  onApprove,
  onReject,
}: BulkBarProps) {
  const { t } = useTranslation();
  const state = selectionState(selected, allIds);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="bulk-bar">
      <Group justify="space-between" gap="md">
        <Group gap="md">
          <Checkbox
            label={t('assessment.bulk.selectAll')}
            checked={state === 'all'}
            indeterminate={state === 'some'}
            onChange={() => onSelect(allIds, state !== 'all')}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {chosen > 0
              ? t('assessment.bulk.selected', { count: chosen })
              : t('assessment.count', { count: total })}
          </Text>
        </Group>
        <Group gap="sm" role="group" aria-label={t('assessment.bulk.label')}>
          <Button
            color="green.9"
            disabled={chosen === 0 || (locked && !approving)}
            loading={approving}
            onClick={onApprove}
          >
            {t('assessment.bulk.approve', { count: chosen })}
          </Button>
          <Button color="red.9" variant="light" disabled={chosen === 0 || locked} onClick={onReject}>
            {t('assessment.bulk.reject', { count: chosen })}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
