import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs of a details panel, as a description list. */
export function DetailList({ rows }: { rows: readonly (readonly [string, ReactNode] | null | false)[] }) {
  return (
    <Stack gap="xs" component="dl" m={0}>
      {rows.map(
        (row) =>
          row && (
            <div key={row[0]}>
              <Text component="dt" size="sm" c="dimmed">
                {row[0]}
              </Text>
              <Text component="dd" m={0}>
                {row[1]}
              </Text>
            </div>
          ),
      )}
    </Stack>
  );
}
