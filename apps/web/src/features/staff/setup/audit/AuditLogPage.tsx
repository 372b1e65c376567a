import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { AuditEvent } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../../components/ListTable.tsx';
import { ErrorView, Loading } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { fieldErrorText } from '../../../../lib/form-errors.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { SEARCH_DEBOUNCE_MS, SearchField } from '../components/SearchField.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { auditActionText, auditFieldNames, auditSubjectText } from './audit-text.ts';
import { useAuditEvents } from './queries.ts';

/** Kinds of events to filter on: the start of their action codes. */
const ACTION_FILTERS = [
  'organisation.',
  'location.',
  'group.',
  'careProduct.',
  'closingDay.',
  'staffMember.',
  'child.',
  'auth.',
] as const;

function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const fields = auditFieldNames(t, event);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at, currentLocale())}</Table.Td>
      <Table.Td>{event.actorName ?? t('setup.audit.system')}</Table.Td>
      <Table.Td>{auditActionText(t, event.action)}</Table.Td>
      <Table.Td>{auditSubjectText(t, event)}</Table.Td>
      <Table.Td>
        <Text size="sm">{fields.join(', ')}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** `/beheer/organisatie/logboek`: who did what and when, newest first (organisation admins only). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState<string | null>(null);
  const [actorText, setActorText] = useState('');
  const [actor] = useDebouncedValue(actorText.trim(), SEARCH_DEBOUNCE_MS);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // "YYYY-MM-DD" strings compare in date order; the server would refuse the pair with `date_order` too.
  const datesWrong = from !== '' && to !== '' && to < from;
  const events = useAuditEvents({ action, actor, from, to }, !datesWrong);
  const list = events.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <SetupPage title={t('setup.audit.title')}>
      <Text c="dimmed">{t('setup.audit.intro')}</Text>
      <Group align="flex-end" gap="md">
        <SearchField label={t('setup.audit.actor')} value={actorText} onChange={setActorText} />
        <Select
          label={t('setup.audit.kind')}
          placeholder={t('setup.audit.anyKind')}
          data={ACTION_FILTERS.map((prefix) => ({
            value: prefix,
            label: t(`setup.audit.kinds.${prefix.slice(0, -1)}` as 'setup.audit.kinds.group'),
          }))}
          value={action}
          onChange={setAction}
          clearable
          w={220}
        />
        <TextInput
          type="date"
          label={t('setup.audit.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={170}
        />
        <TextInput
          type="date"
          label={t('setup.audit.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={datesWrong ? fieldErrorText(t, 'to', 'date_order', SETUP_FIELD_MESSAGES) : undefined}
          w={170}
        />
      </Group>
      {datesWrong ? null : events.isPending ? (
        <Loading />
      ) : events.isError && list.length === 0 ? (
        <ErrorView error={events.error} onRetry={() => void events.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState text={t('setup.audit.empty')} />
      ) : (
        <Stack gap="sm">
          <ListTable
            columns={[
              t('setup.audit.when'),
              t('setup.audit.who'),
              t('setup.audit.what'),
              t('setup.audit.subject'),
              t('setup.audit.fieldsChanged'),
            ]}
            label={t('setup.audit.title')}
            testId="audit-list"
            minWidth={760}
            highlightOnHover={false}
          >
            {list.map((event) => (
              <AuditRow key={event.id} event={event} />
            ))}
          </ListTable>
          {events.isFetchNextPageError && (
            <ErrorView error={events.error} onRetry={() => void events.fetchNextPage()} />
          )}
          {events.hasNextPage && (
            <Group>
              <Button
                variant="default"
                loading={events.isFetchingNextPage}
                onClick={() => void events.fetchNextPage()}
              >
                {t('setup.audit.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </SetupPage>
  );
}
