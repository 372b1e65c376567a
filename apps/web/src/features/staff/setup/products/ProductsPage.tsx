import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { CareProduct } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../../../../components/ListTable.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatEuros } from '../../../../lib/format.ts';
import { renderList } from '../components/EmptyState.tsx';
import { SearchField, useListSearch } from '../components/SearchField.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { summariseWeekdays } from '../groups/opening-hours.ts';
import { useCareProducts } from '../queries.ts';
import { setupPath } from '../setup-tabs.ts';

function ProductRow({ product }: { product: CareProduct }) {
  const { t } = useTranslation();
  const days = summariseWeekdays(product.weekdays, (weekday) =>
    t(`setup.weekdaysShort.${weekday}` as 'setup.weekdaysShort.1'),
  );
  const price = formatEuros(product.priceCents, currentLocale());
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={setupPath(`producten/${product.id}`)} fw={600}>
            {product.name}
          </Anchor>
          {!product.active && (
            <Badge color="gray" variant="outline">
              {t('setup.products.inactive')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {product.startTime.slice(0, 5)}–{product.endTime.slice(0, 5)}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{days}</Table.Td>
      <Table.Td>{t(`setup.weekTypes.${product.weekType}`)}</Table.Td>
      <Table.Td>{t(`setup.usagesShort.${product.usage}`)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {product.pricing === 'hourly'
          ? t('setup.products.perHour', { price })
          : t('setup.products.perDayPart', { price })}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{product.groups.map((group) => group.name).join(', ') || '—'}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** `/beheer/organisatie/producten`: the care products (day parts) the groups offer, searchable by name. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { text, setText, search } = useListSearch();
  const products = useCareProducts(search);
  return (
    <SetupPage
      title={t('setup.products.title')}
      action={{ label: t('setup.products.new'), to: setupPath('producten/nieuw') }}
    >
      <SearchField label={t('setup.products.search')} value={text} onChange={setText} />
      {renderList(
        products,
        search ? t('setup.common.noResults', { search }) : t('setup.products.empty'),
        (list) => (
          <ListTable
            columns={[
              t('setup.products.name'),
              t('setup.products.times'),
              t('setup.products.weekdays'),
              t('setup.products.weekType'),
              t('setup.products.usage'),
              t('setup.products.price'),
              t('setup.products.groups'),
            ]}
            label={t('setup.products.title')}
            testId="products-list"
            minWidth={860}
          >
            {list.map((product) => (
              <ProductRow key={product.id} product={product} />
            ))}
          </ListTable>
        ),
      )}
    </SetupPage>
  );
}
