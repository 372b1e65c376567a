import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ListTableProps {
  /** The column headings, in order. */
  columns: readonly string[];
  /** The table's accessible name, where no heading right above it says what it lists. */
  label?: string;
  testId: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Rows that lead somewhere light up under the pointer. */
  highlightOnHover?: boolean;
  /** The rows (`Table.Tr`). */
  children: ReactNode;
}

/** A list of things as a striped table (locations, groups, staff, children…), scrolling sideways on a phone. */
export function ListTable({
  columns,
  label,
  testId,
  minWidth,
  highlightOnHover = true,
  children,
}: ListTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover={highlightOnHover} aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
