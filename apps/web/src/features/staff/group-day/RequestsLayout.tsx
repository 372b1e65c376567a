import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useMatch } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';
import { StaffSectionPage } from '../StaffPages.tsx';
import { canSeeSection, staffSections } from '../staff-sections.ts';

export const ASSESSMENT_PATH = '/beheer/aanvragen';
export const GROUP_DAY_PATH = '/beheer/aanvragen/dagoverzicht';

function TabLink({ to, end, label }: { to: string; end: boolean; label: string }) {
  const active = useMatch({ path: to, end }) !== null;
  return (
    <Button
      component={NavLink}
      to={to}
      end={end}
      variant={active ? 'light' : 'subtle'}
      color={active ? undefined : 'dark'}
      size="sm"
      px="sm"
    >
      {label}
    </Button>
  );
}

/**
 * `/beheer/aanvragen/*`: the section's two parts as links ("Beoordelen", "Dagoverzicht"), then the chosen part.
 * Roles that do not plan get the section's "no access" page.
 */
export function RequestsLayout() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === 'requests');
  if (!section || !canSeeSection(section, me.account.roles)) return <StaffSectionPage id="requests" />;
  return (
    <Stack gap="md">
      <Group component="nav" aria-label={t('groupDay.tabs.label')} gap={4}>
        <TabLink to={ASSESSMENT_PATH} end label={t('groupDay.tabs.assess')} />
        <TabLink to={GROUP_DAY_PATH} end={false} label={t('groupDay.tabs.day')} />
      </Group>
      <Outlet />
    </Stack>
  );
}
