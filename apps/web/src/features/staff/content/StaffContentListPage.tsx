import { Anchor, Badge, Button, Group, Stack, Table, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ContentKind, ContentStatus, StaffContentSummary } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PaperclipIcon } from '../../../components/icons.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAudienceText } from './audience-text.ts';
import { KIND_SLUGS, KINDS, kindOfSlug } from './content-form.ts';
import { useStaffContentList } from './queries.ts';

const STATUS_COLOURS: Record<ContentStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  published: 'green',
};

/** Where an item is edited, with the kind's tab kept for the way back. */
export function editPath(item: { id: string; kind: ContentKind }): string {
  return `/beheer/inhoud/${item.id}?soort=${KIND_SLUGS[item.kind]}`;
}

function ContentRow({ item }: { item: StaffContentSummary }) {
  const { t } = useTranslation();
  const audienceText = useAudienceText();
  return (
    <Table.Tr data-testid="staff-content-row">
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={editPath(item)}>
            {item.title}
          </Anchor>
          {item.attachmentCount > 0 && (
            <span style={{ display: 'inline-flex', flexShrink: 0 }}>
              <PaperclipIcon />
              <VisuallyHidden>{t('content.withAttachments', { count: item.attachmentCount })}</VisuallyHidden>
            </span>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {/* The table squeezes a badge to its column; the status is short and must show whole. */}
        <Badge
          color={STATUS_COLOURS[item.status]}
          variant="light"
          tt="none"
          style={{ minWidth: 'max-content' }}
        >
          {t(`content.status.${item.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{audienceText(item.audience)}</Table.Td>
      <Table.Td>
        {item.publishedAt ? (
          <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt, currentLocale())}</time>
        ) : (
          <Text span c="dimmed" size="sm">
            {t('content.staff.notPlanned')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{item.authorName}</Table.Td>
    </Table.Tr>
  );
}

function KindList({ kind }: { kind: ContentKind }) {
  const { t } = useTranslation();
  const list = useStaffContentList(kind);
  return renderResult(list, (data) => {
    const items = data.pages.flatMap((page) => page.items);
    if (items.length === 0) return <Text c="dimmed">{t(`content.staff.empty.${kind}`)}</Text>;
    return (
      <Stack gap="sm">
        <ListTable
          columns={[
            t('content.staff.columns.title'),
            t('content.staff.columns.status'),
            t('content.staff.columns.audience'),
            t('content.staff.columns.publishAt'),
            t('content.staff.columns.author'),
          ]}
          label={t(`content.staff.tabs.${kind}`)}
          testId="staff-content-list"
          minWidth={760}
        >
          {items.map((item) => (
            <ContentRow key={item.id} item={item} />
          ))}
        </ListTable>
        {list.hasNextPage && (
          <Button
            variant="default"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
            style={{ alignSelf: 'center' }}
          >
            {t('content.loadMore')}
          </Button>
        )}
      </Stack>
    );
  });
}

/** `/beheer/inhoud` (S6): news, newsletters and information pages, one tab each, with status and audience. */
export function StaffContentListPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.content.title'));
  const [params, setParams] = useSearchParams();
  const kind = kindOfSlug(params.get('soort'));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('staff.content.title')}</Title>
        <Button component={Link} to={`/beheer/inhoud/nieuw?soort=${KIND_SLUGS[kind]}`}>
          {t(`content.staff.new.${kind}`)}
        </Button>
      </Group>
      <Tabs
        value={kind}
        onChange={(next) => next && setParams({ soort: KIND_SLUGS[next as ContentKind] }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {KINDS.map((option) => (
            <Tabs.Tab key={option} value={option}>
              {t(`content.staff.tabs.${option}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {KINDS.map((option) => (
          <Tabs.Panel key={option} value={option} pt="md">
            <KindList kind={option} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
