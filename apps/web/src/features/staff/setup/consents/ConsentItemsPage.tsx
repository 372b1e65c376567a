import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ConsentItem } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { SetupPage } from '../components/SetupPage.tsx';
import { EditConsentItemForm, NewConsentItemForm, NewConsentTextForm } from './ConsentItemForms.tsx';
import { useConsentItems } from './queries.ts';

function ConsentItemCard({ item }: { item: ConsentItem }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'text'>('view');
  const headingId = `consent-item-${item.id}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="consent-item"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={3} size="h4" id={headingId}>
              {item.title}
            </Title>
            {item.key !== null && <Badge variant="light">{t('consents.builtin')}</Badge>}
            {!item.active && (
              <Badge variant="light" color="gray">
                {t('consents.setup.inactive')}
              </Badge>
            )}
          </Group>
          {mode === 'view' && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setMode('edit')}>
                {t('consents.setup.edit')}
              </Button>
              <Button size="xs" variant="light" onClick={() => setMode('text')}>
                {t('consents.setup.newText')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('consents.setup.currentText', {
            version: item.text.version,
            date: formatDateTime(item.text.createdAt, currentLocale()),
          })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {item.text.body}
        </Text>
        {mode === 'edit' && <EditConsentItemForm item={item} onDone={() => setMode('view')} />}
        {mode === 'text' && <NewConsentTextForm item={item} onDone={() => setMode('view')} />}
      </Stack>
    </Paper>
  );
}

/**
 * `/beheer/organisatie/toestemmingen`: the consent items the organisation asks (organisation admins add items,
 * change their title, order and activity, and publish new versions of their text).
 */
export function ConsentItemsPage() {
  const { t } = useTranslation();
  const items = useConsentItems();
  const [adding, setAdding] = useState(false);
  return (
    <SetupPage title={t('consents.setup.title')}>
      <Text c="dimmed">{t('consents.setup.intro')}</Text>
      {adding ? (
        <Paper withBorder p="md" radius="md">
          <NewConsentItemForm onDone={() => setAdding(false)} />
        </Paper>
      ) : (
        <Group>
          <Button onClick={() => setAdding(true)}>{t('consents.setup.add')}</Button>
        </Group>
      )}
      {renderResult(items, (list) =>
        list.length === 0 ? (
          <Text c="dimmed">{t('consents.setup.empty')}</Text>
        ) : (
          <Stack gap="sm">
            {list.map((item) => (
              <ConsentItemCard key={item.id} item={item} />
            ))}
          </Stack>
        ),
      )}
    </SetupPage>
  );
}
