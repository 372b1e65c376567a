import { Anchor, Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { SearchField, useListSearch } from '../components/SearchField.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { useGroups, useLocations } from '../queries.ts';
import { setupPath } from '../setup-tabs.ts';
import { summariseOpeningHours } from './opening-hours.ts';

/** `/beheer/organisatie/groepen`: groups by location, searchable by name. */
export function GroupsPage() {
  const { t } = useTranslation();
  const { text, setText, search } = useListSearch();
  const [locationId, setLocationId] = useState<string | null>(null);
  const locations = useLocations('');
  const groups = useGroups({ search, locationId });
  const dayName = (weekday: number) => t(`setup.weekdaysShort.${weekday}` as 'setup.weekdaysShort.1');
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
      {renderResult(groups, (list) =>
        list.length === 0 ? (
          <EmptyState text={filtered ? t('setup.groups.noneFound') : t('setup.groups.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover aria-label={t('setup.groups.title')} data-testid="groups-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('setup.groups.name')}</Table.Th>
                  <Table.Th>{t('setup.groups.kind')}</Table.Th>
                  <Table.Th>{t('setup.groups.location')}</Table.Th>
                  <Table.Th>{t('setup.groups.ages')}</Table.Th>
                  <Table.Th>{t('setup.groups.capacity')}</Table.Th>
                  <Table.Th>{t('setup.groups.openingHours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((group) => {
                  const hours = summariseOpeningHours(group.openingHours, dayName);
                  return (
                    <Table.Tr key={group.id}>
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
                      <Table.Td>
                        {t('setup.groups.ageRange', { min: group.minAgeMonths, max: group.maxAgeMonths })}
                      </Table.Td>
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
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ),
      )}
    </SetupPage>
  );
}
