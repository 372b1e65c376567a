import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title.ts';
import { PublicLayout } from './PublicLayout.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text>{t('notFound.text')}</Text>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}

/** Shown when rendering a route throws: a translated message instead of the router's developer page. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('errors.title')}
        </Title>
        <Text>{t('errors.unknown')}</Text>
        <Anchor href="/">{t('notFound.home')}</Anchor>
      </Stack>
    </PublicLayout>
  );
}
