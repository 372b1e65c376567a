import {
  Anchor,
  Button,
  Group,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { StaffChildRow } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListTable } from '../../../components/ListTable.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatShortDate, fullName } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { InvitationBadge } from './components/InvitationStatus.tsx';
import { LocationSelect } from './components/Selects.tsx';
import { useChildList } from './queries.ts';

const PAGE_SIZE = 25;

function ChildRow({ child }: { child: StaffChildRow }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/beheer/gezinnen/kinderen/${child.id}`} fw={600}>
          {fullName(child)}
        </Anchor>
      </Table.Td>
      <Table.Td>{formatShortDate(child.birthDate, currentLocale())}</Table.Td>
      <Table.Td>{child.location.name}</Table.Td>
      <Table.Td>
        {child.currentGroups.length > 0 ? (
          child.currentGroups.map((group) => group.name).join(', ')
        ) : child.upcomingGroups.length > 0 ? (
          <Text span c="dimmed" size="sm">
            {child.upcomingGroups
              .map((group) =>
                t('families.list.upcomingGroup', {
                  name: group.name,
                  date: formatShortDate(group.startDate, currentLocale()),
                }),
              )
              .join(', ')}
          </Text>
        ) : (
          <Text span c="dimmed" size="sm">
            {t('families.list.noGroup')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {child.guardians.map((guardian) => (
            <Group key={guardian.id} gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/beheer/gezinnen/ouders/${guardian.id}`} size="sm">
                {fullName(guardian)}
              </Anchor>
              <InvitationBadge invitation={guardian.invitation} />
            </Group>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** `/beheer/gezinnen`: every child with location, groups and guardians; search, filter by location, pages. */
export function FamiliesListPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  usePageTitle(t('families.list.title'));
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('zoek') ?? '');
  const locationId = params.get('locatie') ?? '';
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);

  const update = (changes: Record<string, string>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  // A new search starts again at the first page.
  const pushSearch = useDebouncedCallback((value: string) => update({ zoek: value.trim(), pagina: '' }), 300);

  const list = useChildList({
    search: params.get('zoek') ?? '',
    locationId,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const filtered = (params.get('zoek') ?? '') !== '' || locationId !== '';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('families.list.title')}</Title>
        {/* Group staff read the children of their groups; only those who plan families add or import them. */}
        <Group gap="sm">
          {me.permittedActions.includes('import.list') && (
            <Button component={Link} to="/beheer/gezinnen/import" variant="default">
              {t('families.list.import')}
            </Button>
          )}
          {me.permittedActions.includes('child.create') && (
            <Button component={Link} to="/beheer/gezinnen/nieuw">
              {t('families.list.newFamily')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" gap="md" role="search">
        <TextInput
          type="search"
          label={t('families.list.search')}
          placeholder={t('families.list.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            pushSearch(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 360 }}
        />
        <LocationSelect
          label={t('families.list.location')}
          placeholder={t('families.list.allLocations')}
          value={locationId || null}
          onChange={(value) => update({ locatie: value ?? '', pagina: '' })}
          allowDeselect
          clearable
          w={{ base: '100%', sm: 260 }}
        />
      </Group>
      {renderResult(list, (data) =>
        data.children.length === 0 ? (
          <Paper withBorder p="lg" radius="md" data-testid="families-empty">
            <Stack gap="xs">
              <Text fw={600}>{filtered ? t('families.list.noMatches') : t('families.list.emptyTitle')}</Text>
              <Text c="dimmed" size="sm">
                {filtered ? t('families.list.noMatchesText') : t('families.list.emptyText')}
              </Text>
            </Stack>
          </Paper>
        ) : (
          <Stack gap="md">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('families.list.count', { count: data.total })}
            </Text>
            <ListTable
              columns={[
                t('families.list.child'),
                t('families.child.birthDate'),
                t('families.child.location'),
                t('families.list.groups'),
                t('families.list.guardians'),
              ]}
              testId="families-table"
              minWidth={760}
            >
              {data.children.map((child) => (
                <ChildRow key={child.id} child={child} />
              ))}
            </ListTable>
            {data.total > PAGE_SIZE && (
              <Pagination
                total={Math.ceil(data.total / PAGE_SIZE)}
                value={page}
                onChange={(next) => update({ pagina: next === 1 ? '' : String(next) })}
                getControlProps={(control) => ({
                  'aria-label': t(`families.list.pager.${control}`),
                })}
                getItemProps={(item) => ({ 'aria-label': t('families.list.pager.page', { page: item }) })}
              />
            )}
          </Stack>
        ),
      )}
    </Stack>
  );
}
