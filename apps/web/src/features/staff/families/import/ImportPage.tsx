import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IMPORT_MAX_BYTES, type ImportReport } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { fieldErrorText } from '../../../../lib/form-errors.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { errorText } from '../../../../lib/translate.ts';
import { usePageTitle } from '../../../../lib/use-page-title.ts';
import { BackToList } from '../components/RecordPage.tsx';
import { LocationSelect } from '../components/Selects.tsx';
import { ImportReportView, IssueTable } from './ImportReportView.tsx';
import { downloadTemplate, useCheckImport, useImportRun, useImports } from './queries.ts';
import { runPercent } from './run-state.ts';

function RunPanel({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { state, run } = useImportRun();
  const percent = runPercent(state);
  return (
    <Stack gap="sm">
      {state.phase === 'idle' && (
        <Group>
          <Button onClick={() => void run(report)} disabled={!report.canRun}>
            {t('families.import.run')}
          </Button>
          {!report.canRun && (
            <Text size="sm" c="dimmed">
              {t('families.import.cannotRun')}
            </Text>
          )}
        </Group>
      )}
      {state.phase !== 'idle' && state.phase !== 'failed' && (
        <Stack gap={4}>
          <Progress
            value={percent}
            size="lg"
            animated={state.phase === 'running'}
            aria-label={t('families.import.progressLabel')}
            data-testid="import-progress"
          />
          <Text size="sm" aria-live="polite" data-testid="import-progress-text">
            {state.phase === 'running'
              ? t('families.import.progress', { done: state.done, total: state.total, percent })
              : t('families.import.progressDone', { percent })}
          </Text>
        </Stack>
      )}
      {state.phase === 'completed' && (
        <Alert
          color="green"
          variant="light"
          title={t('families.import.completed')}
          data-testid="import-completed"
        >
          <List size="sm">
            <List.Item>{t('families.import.summary.children', { count: state.summary.children })}</List.Item>
            <List.Item>
              {t('families.import.summary.guardians', {
                created: state.summary.guardiansCreated,
                linked: state.summary.guardiansLinked,
              })}
            </List.Item>
            <List.Item>
              {t('families.import.summary.placements', { count: state.summary.placements })}
            </List.Item>
            {state.summary.skippedLines > 0 && (
              <List.Item>
                {t('families.import.summary.skipped', { count: state.summary.skippedLines })}
              </List.Item>
            )}
          </List>
        </Alert>
      )}
      {state.phase === 'failed' && (
        <Stack gap="sm">
          <Alert color="red" variant="light" title={t('families.import.failed')}>
            {state.error ? errorText(t, state.error) : t('families.import.failedText')}
          </Alert>
          {state.errors.length > 0 && (
            <IssueTable issues={state.errors} caption={t('families.import.errorsCaption')} />
          )}
        </Stack>
      )}
    </Stack>
  );
}

function History() {
  const { t } = useTranslation();
  const imports = useImports();
  const locale = currentLocale();
  return (
    <Stack gap="sm" component="section" aria-labelledby="history-title">
      <Title order={2} size="h3" id="history-title">
        {t('families.import.historyTitle')}
      </Title>
      {renderResult(imports, ({ imports: items }) =>
        items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('families.import.historyEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="import-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('families.import.file')}</Table.Th>
                  <Table.Th scope="col">{t('families.child.location')}</Table.Th>
                  <Table.Th scope="col">{t('families.import.checkedAt')}</Table.Th>
                  <Table.Th scope="col">{t('families.import.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{item.fileName}</Table.Td>
                    <Table.Td>{item.locationName}</Table.Td>
                    <Table.Td>
                      {formatDateTime(item.createdAt, locale)} · {item.createdByName}
                    </Table.Td>
                    <Table.Td>
                      {item.status === 'completed' && item.summary
                        ? t('families.import.historyCompleted', {
                            children: item.summary.children,
                            placements: item.summary.placements,
                          })
                        : item.totals.errors > 0
                          ? t('families.import.historyErrors', { count: item.totals.errors })
                          : t('families.import.historyChecked')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ),
      )}
    </Stack>
  );
}

/**
 * `/beheer/gezinnen/import`: choose a location and a CSV file, check it (nothing is written), read the report,
 * fix the file where needed, then import with a progress bar.
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('families.import.title'));
  const check = useCheckImport();
  const [locationId, setLocationId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ locationId?: string; file?: string }>({});
  const [report, setReport] = useState<ImportReport | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (check.isPending) return;
    const next: typeof errors = {};
    if (!locationId) next.locationId = fieldErrorText(t, 'locationId', 'required');
    if (!file) next.file = fieldErrorText(t, 'file', 'required');
    else if (file.size > IMPORT_MAX_BYTES) next.file = fieldErrorText(t, 'file', 'file_too_large');
    setErrors(next);
    if (!file || Object.keys(next).length > 0) return;
    setReport(null);
    check.mutate({ locationId, file }, { onSuccess: setReport });
  };

  return (
    <Stack gap="lg">
      <BackToList />
      <Title order={1}>{t('families.import.title')}</Title>
      <Text maw={720}>{t('families.import.intro')}</Text>
      <Group gap="sm">
        <Button
          variant="subtle"
          onClick={() =>
            downloadTemplate(currentLocale()).catch((error) => notify(errorText(t, error), 'error'))
          }
        >
          {t('families.import.template')}
        </Button>
      </Group>
      <Paper withBorder p="md" radius="md" maw={720}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormErrorAlert error={check.error} />
            <LocationSelect
              required
              value={locationId || null}
              onChange={(value) => {
                setLocationId(value ?? '');
                setErrors((current) => ({ ...current, locationId: undefined }));
              }}
              error={errors.locationId}
              description={t('families.import.locationHint')}
            />
            <FileInput
              label={t('families.import.file')}
              description={t('families.import.fileHint')}
              placeholder={t('families.import.filePlaceholder')}
              accept=".csv,text/csv"
              required
              clearable
              value={file}
              onChange={(value) => {
                setFile(value);
                setReport(null);
                setErrors((current) => ({ ...current, file: undefined }));
              }}
              error={errors.file}
              data-testid="import-file"
            />
            <Group>
              <Button type="submit" loading={check.isPending}>
                {t('families.import.check')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {report && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <ImportReportView report={report} />
            <RunPanel key={report.id} report={report} />
          </Stack>
        </Paper>
      )}
      <History />
    </Stack>
  );
}
