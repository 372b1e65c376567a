import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ChildConsent, ChildFile } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../../components/ListTable.tsx';
import { ErrorView, Loading } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { useChildConsents } from '../../../parent/children/queries.ts';

function ItemState({ consent }: { consent: ChildConsent }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = `consent-state-${consent.item.id}`;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="consent-state"
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} id={headingId}>
            {consent.item.title}
          </Text>
          <Badge color={consent.granted ? 'green' : 'red'} variant="light" style={{ flexShrink: 0 }}>
            {consent.granted ? t('consents.staff.granted') : t('consents.staff.notGranted')}
          </Badge>
        </Group>
        {!consent.item.active && (
          <Text size="xs" c="dimmed">
            {t('consents.staff.inactive')}
          </Text>
        )}
        {consent.guardians.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consents.staff.noGuardians')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {consent.guardians.map((g) => (
              <List.Item key={g.guardianId}>
                {t('consents.staff.guardianAnswer', {
                  name: g.guardianName,
                  answer: g.answer
                    ? g.answer.granted
                      ? t('consents.yes')
                      : t('consents.no')
                    : t('consents.notAnswered'),
                })}
                {g.answer && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (
                    {t('consents.staff.answered', {
                      date: formatDateTime(g.answer.answeredAt, locale),
                      version: g.answer.textVersion,
                    })}
                    {g.outdated && `, ${t('consents.staff.outdated')}`})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * "Toestemmingen" in the child file (S7): per item whether the child has it and each guardian's answer with its
 * date and text version, then every answer ever given, newest first. Staff read them; parents answer them.
 */
export function ConsentsSection({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const consents = useChildConsents(file.child.id);
  const locale = currentLocale();
  const titleOf = new Map(consents.data?.items.map((c) => [c.item.id, c.item.title]));
  return (
    <Stack gap="sm" component="section" aria-labelledby="child-consents-title" data-testid="child-consents">
      <Title order={2} size="h3" id="child-consents-title">
        {t('consents.staff.title')}
      </Title>
      {consents.isPending && <Loading minHeight={80} />}
      {consents.isError && <ErrorView error={consents.error} onRetry={() => void consents.refetch()} />}
      {consents.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {consents.data.items.map((consent) => (
              <ItemState key={consent.item.id} consent={consent} />
            ))}
          </SimpleGrid>
          <Title order={3} size="h5" id="consent-history-title">
            {t('consents.staff.history')}
          </Title>
          {consents.data.history.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('consents.staff.historyEmpty')}
            </Text>
          ) : (
            <ListTable
              columns={[
                t('consents.staff.columns.at'),
                t('consents.staff.columns.item'),
                t('consents.staff.columns.guardian'),
                t('consents.staff.columns.answer'),
                t('consents.staff.columns.version'),
                t('consents.staff.columns.by'),
              ]}
              label={t('consents.staff.history')}
              testId="consent-history"
              minWidth={640}
              highlightOnHover={false}
            >
              {consents.data.history.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDateTime(a.answeredAt, locale)}</Table.Td>
                  <Table.Td>{titleOf.get(a.consentItemId) ?? '—'}</Table.Td>
                  <Table.Td>{a.guardianName}</Table.Td>
                  <Table.Td>{a.granted ? t('consents.yes') : t('consents.no')}</Table.Td>
                  <Table.Td>{a.textVersion}</Table.Td>
                  <Table.Td>{a.answeredByName}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </>
      )}
    </Stack>
  );
}
