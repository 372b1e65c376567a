import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AccountSettings } from '../account/AccountSettings.tsx';
import { useCurrentMe } from '../account/me-context.ts';
import { NotificationsLink } from '../notifications/NotificationsLink.tsx';
import { canSeeSection, type StaffSectionId, staffSections } from './staff-sections.ts';

function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('staff.noAccess.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('staff.noAccess.title')}</Title>
      <Alert color="orange" variant="light">
        {t('staff.noAccess.text')}
      </Alert>
    </Stack>
  );
}

/** One back-office section; later features replace these placeholders. */
export function StaffSectionPage({ id }: { id: StaffSectionId }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === id);
  if (!section || !canSeeSection(section, me.account.roles)) return <NoAccess />;
  return (
    <PlaceholderPage
      title={t(`staff.${id}.title`)}
      text={t(`staff.${id}.text`, { name: me.account.displayName })}
    />
  );
}

/** `/beheer/account`: the same account settings as the parents' Overig. */
export function StaffAccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.account.title'));
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('staff.account.title')}</Title>
      <NotificationsLink />
      <AccountSettings />
    </Stack>
  );
}
