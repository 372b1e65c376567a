import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';
import { SetupPage } from './components/SetupPage.tsx';
import { setupPath, visibleSetupTabs } from './setup-tabs.ts';

/** `/beheer/organisatie`: what each part of the setup is for, with a link to it. */
export function SetupOverviewPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const parts = visibleSetupTabs(me.permittedActions).filter((tab) => tab.id !== 'overview');
  return (
    <SetupPage title={t('setup.overview.title')}>
      <Text c="dimmed">{t('setup.overview.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" p={0} m={0}>
        {parts.map((tab) => (
          <Paper key={tab.id} component="li" withBorder radius="md" p="md" style={{ listStyle: 'none' }}>
            <Stack gap={4}>
              <Anchor component={Link} to={setupPath(tab.path)} fw={700}>
                {t(`setup.tabs.${tab.id}`)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`setup.overview.parts.${tab.id}`)}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </SetupPage>
  );
}
