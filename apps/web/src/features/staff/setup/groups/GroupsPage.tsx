import { Anchor, Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { Group as CareGroup } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../../../../components/ListTable.tsx';
import { renderList } from '../components/EmptyState.tsx';
import { SearchField, useListSearch } from '../components/SearchField.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { useGroups, useLocations } from '../queries.ts';
import { setupPath } from '../setup-tabs.ts';
import { summariseOpeningHours } from './opening-hours.ts';

function GroupRow({ group }: { group: CareGroup }) {
  const { t } = useTranslation();
  const hours = summariseOpeningHours(group.openingHours, (weekday) =>
    t(`setup.weekdaysShort.${weekday}` as 'setup.weekdaysShort.1'),
  );
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={setupPath(`groepen/${group.id}`)} fw={600}>
          {group.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" title={t(`setup.groupKinds.${group.kind}`)}>
          {group.kind}
        </Badge>
      </Table.Td>
      <Table.Td>{group.locationName}</Table.Td>
      <Table.Td>{t('setup.groups.ageRange', { min: group.minAgeMonths, max: group.maxAgeMonths })}</Table.Td>
      <Table.Td>{group.capacity}</Table.Td>
      <Table.Td>
        {hours.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('setup.groups.noHours')}
          </Text>
        ) : (
          <Stack gap={0}>
            {hours.map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** `/beheer/organisatie/groepen`: groups by location, searchable by name. */
export function GroupsPage() {
  const { t } = useTranslation();
  const { text, setText, search } = useListSearch();
  const [locationId, setLocationId] = useState<string | null>(null);
  const locations = useLocations('');
  const groups = useGroups({ search, locationId });
  const filtered = search !== '' || locationId !== null;

  return (
    <SetupPage
      title={t('setup.groups.title')}
      action={{ label: t('setup.groups.new'), to: setupPath('groepen/nieuw') }}
    >
      <Group align="flex-end" gap="md">
        <SearchField label={t('setup.groups.search')} value={text} onChange={setText} />
        <Select
          label={t('setup.groups.location')}
          placeholder={t('setup.groups.allLocations')}
          data={(locations.data ?? []).map((location) => ({ value: location.id, label: location.name }))}
          value={locationId}
          onChange={setLocationId}
          clearable
          maw={260}
        />
      </Group>
      {renderList(groups, filtered ? t('setup.groups.noneFound') : t('setup.groups.empty'), (list) => (
        <ListTable
          columns={[
            t('setup.groups.name'),
            t('setup.groups.kind'),
            t('setup.groups.location'),
            t('setup.groups.ages'),
            t('setup.groups.capacity'),
            t('setup.groups.openingHours'),
          ]}
          label={t('setup.groups.title')}
          testId="groups-list"
          minWidth={720}
        >
          {list.map((group) => (
            <GroupRow key={group.id} group={group} />
          ))}
        </ListTable>
      ))}
    </SetupPage>
  );
}
