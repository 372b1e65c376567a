import { Stack, Text, Title } from '@mantine/core';
import type { StaffProfile } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ProfileForm } from './ProfileForm.tsx';
import { useOwnProfile, useStaffProfile } from './queries.ts';

function ProfileLayout({ title, children }: { title: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <Text c="dimmed" maw={640}>
        {t('team.profile.intro')}
      </Text>
      {children}
    </Stack>
  );
}

/** `/beheer/profiel` (S6, Mijn profiel): the signed-in staff member's own profile in Ons team. */
export function OwnProfilePage() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  return (
    <ProfileLayout title={t('team.profile.title')}>
      {renderResult(profile, (data: StaffProfile) => (
        <ProfileForm key={data.staffMemberId} profile={data} own />
      ))}
    </ProfileLayout>
  );
}

/** `/beheer/profiel/:staffId`: an organisation admin edits a colleague's profile. */
export function StaffProfilePage() {
  const { t } = useTranslation();
  const { staffId = '' } = useParams();
  const profile = useStaffProfile(staffId);
  const title = profile.data
    ? t('team.profile.titleOf', { name: `${profile.data.firstName} ${profile.data.lastName}` })
    : t('team.profile.title');
  return (
    <ProfileLayout title={title}>
      {renderResult(profile, (data) => (
        <ProfileForm key={data.staffMemberId} profile={data} own={false} />
      ))}
    </ProfileLayout>
  );
}
