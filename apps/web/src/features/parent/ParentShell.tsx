import { AppShell, Container, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SideNavLink } from '../../components/SideNavLink.tsx';
import { SkipLink } from '../../components/SkipLink.tsx';
import { AppHeader } from '../account/AppHeader.tsx';
import { useCurrentMe } from '../account/me-context.ts';
import { OfflineBanner } from '../notifications/OfflineBanner.tsx';
import { BottomNav } from './BottomNav.tsx';
import { UnreadBadge } from './messages/UnreadBadge.tsx';
import { PHONE_QUERY, parentNavItems } from './parent-nav.ts';

const HEADER_HEIGHT = 64;
const BOTTOM_BAR_HEIGHT = 'calc(64px + env(safe-area-inset-bottom))';

/** The parent portal (P2): header with the organisation's look; bottom bar on phones, side bar elsewhere. */
export function ParentShell() {
  const { t } = useTranslation();
  const { branding } = useCurrentMe();
  const isPhone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={isPhone ? undefined : { width: 240, breakpoint: 0 }}
      footer={isPhone ? { height: BOTTOM_BAR_HEIGHT } : undefined}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header style={{ borderBottom: `3px solid ${branding.primaryColour}` }}>
        <AppHeader />
      </AppShell.Header>
      {!isPhone && (
        <AppShell.Navbar p="sm" aria-label={t('nav.parentLabel')} data-testid="side-nav">
          <Stack gap={4}>
            {parentNavItems.map(({ to, label, icon: Icon }) => (
              <SideNavLink
                key={to}
                to={to}
                label={t(label)}
                icon={<Icon />}
                rightSection={to === '/berichten' ? <UnreadBadge /> : undefined}
              />
            ))}
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <OfflineBanner />
        <Container size="md" p={0} py="xs">
          <Outlet />
        </Container>
      </AppShell.Main>
      {isPhone && (
        <AppShell.Footer>
          <BottomNav />
        </AppShell.Footer>
      )}
    </AppShell>
  );
}
