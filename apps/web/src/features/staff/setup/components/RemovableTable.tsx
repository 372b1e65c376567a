import { Button, Table, VisuallyHidden } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.tsx';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { notify } from '../../../../lib/notify.ts';

export interface RemovableTableProps<Row extends { id: string }> {
  /** The table's accessible name. */
  label: string;
  testId: string;
  columns: string[];
  rows: Row[];
  cells: (row: Row) => ReactNode[];
  /** Whether the account may remove this row (from its permittedActions). */
  canRemove: (row: Row) => boolean;
  /** Removes one row by id. */
  remove: UseMutationResult<unknown, unknown, string>;
  texts: {
    /** The button's text, also the dialog's confirm button. */
    remove: string;
    /** The button's accessible name for this row. */
    removeRow: (row: Row) => string;
    dialogTitle: string;
    dialogText: (row: Row) => string;
    /** The notification after removing. */
    removed: (row: Row) => string;
  };
}

/** A table whose rows can be removed after a confirmation (closing days, holiday periods). */
export function RemovableTable<Row extends { id: string }>(props: RemovableTableProps<Row>) {
  const { t } = useTranslation();
  const { remove, texts } = props;
  const [asked, setAsked] = useState<Row | null>(null);
  const confirm = () => {
    if (!asked) return;
    remove.mutate(asked.id, {
      onSuccess: () => {
        notify(texts.removed(asked), 'success');
        setAsked(null);
      },
    });
  };
  return (
    <>
      <Table striped aria-label={props.label} data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            {props.columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('setup.common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <Table.Tr key={row.id}>
              {props.cells(row).map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row are fixed columns
                <Table.Td key={index}>{cell}</Table.Td>
              ))}
              <Table.Td ta="right">
                {props.canRemove(row) && (
                  <Button
                    variant="subtle"
                    color="red.9"
                    size="compact-sm"
                    aria-label={texts.removeRow(row)}
                    onClick={() => {
                      remove.reset();
                      setAsked(row);
                    }}
                  >
                    {texts.remove}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ConfirmDialog
        opened={asked !== null}
        title={texts.dialogTitle}
        confirmLabel={texts.remove}
        onConfirm={confirm}
        onCancel={() => setAsked(null)}
        loading={remove.isPending}
        danger
        error={<FormErrorAlert error={remove.error} />}
      >
        {asked ? texts.dialogText(asked) : ''}
      </ConfirmDialog>
    </>
  );
}
