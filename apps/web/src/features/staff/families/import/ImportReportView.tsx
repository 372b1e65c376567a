import { Alert, Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  type ImportColumn,
  type ImportIssue,
  type ImportLine,
  type ImportReport,
  importColumnDutchNames,
} from '@nestje/contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../../i18n/index.ts';
import { translateFirst } from '../../../../lib/translate.ts';

/** A column as the file names it: the template's Dutch header in Dutch, the English name otherwise. */
export function columnName(column: ImportColumn | null): string {
  if (column === null) return '–';
  return currentLocale() === 'nl' ? importColumnDutchNames[column] : column;
}

export function issueText(t: TFunction, issue: ImportIssue): string {
  return translateFirst(t, [`families.import.issue.${issue.code}`], 'fields.invalid');
}

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Every problem of the file with its line, column and reason; the header is line 1. */
export function IssueTable({ issues, caption }: { issues: readonly ImportIssue[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder data-testid="import-errors">
        <caption style={{ textAlign: 'left', captionSide: 'top', fontWeight: 600, paddingBottom: 8 }}>
          {caption}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('families.import.line')}</Table.Th>
            <Table.Th scope="col">{t('families.import.column')}</Table.Th>
            <Table.Th scope="col">{t('families.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same problem may be reported twice; the list never reorders.
            <Table.Tr key={`${issue.line}-${issue.column}-${issue.code}-${index}`}>
              <Table.Td>{issue.line ?? '–'}</Table.Td>
              <Table.Td>
                <code>{columnName(issue.column)}</code>
              </Table.Td>
              <Table.Td>{issueText(t, issue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const STATUS_COLOURS = { create: 'green', skipped: 'gray', error: 'red' } as const;

function LineRow({ line }: { line: ImportLine }) {
  const { t } = useTranslation();
  const child = line.child;
  const placement = line.placement;
  return (
    <Table.Tr>
      <Table.Td>{line.line}</Table.Td>
      <Table.Td>
        {child ? `${child.firstName} ${child.lastName}` : line.childRef}
        {child && !child.isFirstLine && (
          <Text size="xs" c="dimmed">
            {t('families.import.sameChild')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {line.guardians.map((guardian) => (
          <Text size="sm" key={guardian.slot}>
            {guardian.firstName} {guardian.lastName}{' '}
            <Text span size="xs" c="dimmed">
              ({t(`families.import.guardianStatus.${guardian.status}`)})
            </Text>
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        {placement
          ? t('families.import.placementText', {
              group: placement.groupName,
              type: placement.placementType,
              start: placement.startDate,
            })
          : '–'}
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOURS[line.status]} variant="light">
          {t(`families.import.lineStatus.${line.status}`)}
        </Badge>
      </Table.Td>
    </Table.Tr>
  );
}

/** The dry run's outcome: counts, the problems to fix, and line by line what an import would do. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const issues = [...report.fileIssues, ...report.lines.flatMap((line) => line.issues)];
  const { totals } = report;
  return (
    <Stack gap="md" data-testid="import-report">
      <Title order={2} size="h3">
        {t('families.import.reportTitle', { file: report.fileName })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('families.import.totals.lines')} value={totals.lines} testId="total-lines" />
        <Stat label={t('families.import.totals.create')} value={totals.create} testId="total-create" />
        <Stat label={t('families.import.totals.skipped')} value={totals.skipped} testId="total-skipped" />
        <Stat label={t('families.import.totals.errors')} value={totals.errors} testId="total-errors" />
      </SimpleGrid>
      {issues.length > 0 ? (
        <Alert color="red" variant="light" title={t('families.import.hasErrors')}>
          {t('families.import.hasErrorsText')}
        </Alert>
      ) : (
        <Alert color="green" variant="light" title={t('families.import.willCreate')}>
          {t('families.import.willCreateText', {
            children: totals.children,
            guardiansNew: totals.guardiansNew,
            guardiansExisting: totals.guardiansExisting,
            placements: totals.placements,
          })}
        </Alert>
      )}
      {report.ignoredColumns.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('families.import.ignoredColumns', { columns: report.ignoredColumns.join(', ') })}
        </Text>
      )}
      {issues.length > 0 && <IssueTable issues={issues} caption={t('families.import.errorsCaption')} />}
      {report.lines.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder data-testid="import-lines">
            <caption style={{ textAlign: 'left', captionSide: 'top', fontWeight: 600, paddingBottom: 8 }}>
              {t('families.import.linesCaption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('families.import.line')}</Table.Th>
                <Table.Th scope="col">{t('families.import.child')}</Table.Th>
                <Table.Th scope="col">{t('families.import.guardians')}</Table.Th>
                <Table.Th scope="col">{t('families.import.placement')}</Table.Th>
                <Table.Th scope="col">{t('families.import.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.lines.map((line) => (
                <LineRow key={line.line} line={line} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
