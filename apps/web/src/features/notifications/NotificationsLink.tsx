import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../account/me-context.ts';
import { notificationPaths } from './paths.ts';

/** "Notificaties" on the Overig page (P17) and on the staff's account page: to the switches. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { account } = useCurrentMe();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="notifications-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="notifications-title">
          <Anchor component={Link} to={notificationPaths(account.kind).settings} inherit>
            {t('notifications.settings.title')}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {t('notifications.settings.linkText')}
        </Text>
      </Stack>
    </Paper>
  );
}
