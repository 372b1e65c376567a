import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/use-page-title.ts';

/** A page that a later feature fills: its translated title and a short "coming soon" text. */
export function PlaceholderPage({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <Title order={1}>{title}</Title>
        <Badge variant="outline">{t('common.comingSoon')}</Badge>
      </Group>
      <Text c="dimmed">{text}</Text>
    </Stack>
  );
}
