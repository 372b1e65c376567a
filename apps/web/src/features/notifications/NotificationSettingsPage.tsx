import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCurrentMe } from '../account/me-context.ts';
import { PreferencesTable } from './PreferencesTable.tsx';
import { PushCard } from './PushCard.tsx';

/**
 * `/overig/notificaties` (P17) and `/beheer/account/notificaties`: push on this device, then per category whether
 * a notification also comes by e-mail and by push.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settings.title'));
  const staff = useCurrentMe().account.kind === 'staff';
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={staff ? '/beheer/account' : '/overig'} size="sm">
        {staff ? t('notifications.settings.backStaff') : t('notifications.settings.back')}
      </Anchor>
      <Title order={1}>{t('notifications.settings.title')}</Title>
      <PushCard />
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Text size="sm">{t('notifications.settings.intro')}</Text>
          <PreferencesTable />
          <Text size="sm" c="dimmed">
            {t('notifications.settings.always')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
