import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useMatch } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { canSeeSection, staffSections } from '../staff-sections.ts';
import { type SetupTab, setupPath, visibleSetupTabs } from './setup-tabs.ts';

function TabLink({ tab }: { tab: SetupTab }) {
  const { t } = useTranslation();
  const to = setupPath(tab.path);
  const active = useMatch({ path: to, end: tab.path === '' }) !== null;
  return (
    <Button
      component={NavLink}
      to={to}
      end={tab.path === ''}
      variant={active ? 'light' : 'subtle'}
      color={active ? undefined : 'dark'}
      size="sm"
      px="sm"
    >
      {t(`setup.tabs.${tab.id}`)}
    </Button>
  );
}

/** Shown instead of a setup page the account's role does not work in. */
export function SetupNoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('setup.noAccess.title'));
  return (
    <Alert color="orange" variant="light" title={t('setup.noAccess.title')}>
      {t('setup.noAccess.text')}
    </Alert>
  );
}

/** `/beheer/organisatie/*`: the section's heading and its parts as links, then the chosen part. */
export function SetupLayout() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === 'organisation');
  const allowed = section !== undefined && canSeeSection(section, me.account.roles);
  const tabs = visibleSetupTabs(me.permittedActions);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('setup.title')}</Title>
      {allowed ? (
        <>
          <Group component="nav" aria-label={t('setup.tabsLabel')} gap={4}>
            {tabs.map((tab) => (
              <TabLink key={tab.id} tab={tab} />
            ))}
          </Group>
          <Outlet />
        </>
      ) : (
        <SetupNoAccess />
      )}
    </Stack>
  );
}

/** A page that needs an action the account lacks shows why instead (the tab is hidden too). */
export function RequireSetupAction({ action, children }: { action: string; children: React.ReactNode }) {
  const me = useCurrentMe();
  return me.permittedActions.includes(action) ? children : <SetupNoAccess />;
}
