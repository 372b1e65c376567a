import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

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
