import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../../../../components/ListTable.tsx';
import { useCurrentMe } from '../../../account/me-context.ts';
import { renderList } from '../components/EmptyState.tsx';
import { SearchField, useListSearch } from '../components/SearchField.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { useLocations } from '../queries.ts';
import { setupPath } from '../setup-tabs.ts';

/** `/beheer/organisatie/locaties`: the organisation's locations, searchable by name, street or city. */
export function LocationsPage() {
  const { t } = useTranslation();
  const { text, setText, search } = useListSearch();
  const locations = useLocations(search);
  const me = useCurrentMe();
  const canAdd = me.permittedActions.includes('organisation.manage');
  return (
    <SetupPage
      title={t('setup.locations.title')}
      action={canAdd ? { label: t('setup.locations.new'), to: setupPath('locaties/nieuw') } : undefined}
    >
      <SearchField label={t('setup.locations.search')} value={text} onChange={setText} />
      {renderList(
        locations,
        search ? t('setup.common.noResults', { search }) : t('setup.locations.empty'),
        (list) => (
          <ListTable
            columns={[t('setup.locations.name'), t('setup.locations.address'), t('setup.locations.contact')]}
            label={t('setup.locations.title')}
            testId="locations-list"
            minWidth={560}
          >
            {list.map((location) => (
              <Table.Tr key={location.id}>
                <Table.Td>
                  <Anchor component={Link} to={setupPath(`locaties/${location.id}`)} fw={600}>
                    {location.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{[location.street, location.houseNumber].filter(Boolean).join(' ')}</Text>
                    <Text size="sm">{[location.postcode, location.city].filter(Boolean).join(' ')}</Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{location.phone}</Text>
                    <Text size="sm">{location.email}</Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        ),
      )}
    </SetupPage>
  );
}
