import { AppShell, Burger, Divider, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ChildIcon, UserIcon } from '../../components/icons.tsx';
import { SideNavLink } from '../../components/SideNavLink.tsx';
import { SkipLink } from '../../components/SkipLink.tsx';
import { AppHeader } from '../account/AppHeader.tsx';
import { useCurrentMe } from '../account/me-context.ts';
import { OfflineBanner } from '../notifications/OfflineBanner.tsx';
import { canSeeSection, sectionPath, staffSections } from './staff-sections.ts';

/** The back office (desktop first): a side bar with the sections the account's roles work in. */
export function StaffShell() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const sections = staffSections.filter((section) => canSeeSection(section, me.account.roles));

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header style={{ borderBottom: `3px solid ${me.branding.primaryColour}` }}>
        <AppHeader
          start={
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="staff-nav"
            />
          }
        />
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="staff-nav" aria-label={t('nav.staffLabel')} data-testid="staff-nav">
        <Stack gap={4}>
          {sections.map((section) => (
            <SideNavLink
              key={section.id}
              to={sectionPath(section)}
              end={section.path === ''}
              label={t(`nav.staff.${section.id}`)}
              icon={<section.icon />}
              onClick={close}
            />
          ))}
          <Divider my="xs" />
          <SideNavLink
            to="/beheer/profiel"
            label={t('nav.staff.profile')}
            icon={<ChildIcon />}
            onClick={close}
          />
          <SideNavLink
            to="/beheer/account"
            label={t('nav.staff.account')}
            icon={<UserIcon />}
            onClick={close}
          />
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <OfflineBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
