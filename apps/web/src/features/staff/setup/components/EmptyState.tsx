import { Paper, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderResult } from '../../../../components/QueryResult.tsx';

/** What a list shows when it has nothing: why, and what to do about it. */
export function EmptyState({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid="empty-state">
      <Stack gap="sm" align="flex-start">
        <Text c="dimmed">{text}</Text>
        {action}
      </Stack>
    </Paper>
  );
}

/** A list query's items, or the empty state when there are none; loading and errors as everywhere (R10). */
export function renderList<T>(
  query: UseQueryResult<T[]>,
  emptyText: string,
  render: (items: T[]) => ReactNode,
): ReactNode {
  return renderResult(query, (items) =>
    items.length === 0 ? <EmptyState text={emptyText} /> : render(items),
  );
}
