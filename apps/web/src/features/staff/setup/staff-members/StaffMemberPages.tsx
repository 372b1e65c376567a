import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { StaffMember } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.tsx';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { useCurrentMe } from '../../../account/me-context.ts';
import { TeamProfileLink } from '../../profile/TeamProfileLink.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { setupPath } from '../setup-tabs.ts';
import { type StaffAction, useStaffAction, useStaffMember } from './queries.ts';
import { InvitationBadge } from './StaffBadges.tsx';
import { StaffMemberForm } from './StaffMemberForm.tsx';

const MANAGE = 'staffMember.manage';

/** Which account actions fit where the account stands. */
export function accountActions(member: StaffMember, isSelf: boolean): StaffAction[] {
  if (!member.permittedActions.includes(MANAGE)) return [];
  const status = member.invitation?.status;
  if (!member.active || status === 'deactivated') return ['reactivate'];
  const actions: StaffAction[] = [];
  if (status === 'not_invited' || status === 'invited' || status === 'expired') actions.push('invitation');
  // Deactivating oneself would end one's own session mid-sentence; another admin does that.
  if (!isSelf) actions.push('deactivate');
  return actions;
}

function AccountPanel({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const action = useStaffAction(member.id);
  const [confirming, setConfirming] = useState(false);
  const locale = currentLocale();
  const name = `${member.firstName} ${member.lastName}`;
  const invitation = member.invitation;
  const actions = accountActions(member, member.accountId === me.account.id);

  const run = (which: StaffAction) =>
    action.mutate(which, {
      onSuccess: () => {
        setConfirming(false);
        notify(t(`setup.staff.done.${which}`, { name, email: member.email }), 'success');
      },
    });

  const moment = (label: string, instant: string | null) =>
    instant && (
      <Text size="sm">
        {label}: {formatDateTime(instant, locale)}
      </Text>
    );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="account-title" maw={860}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4" id="account-title">
            {t('setup.staff.account')}
          </Title>
          {invitation && <InvitationBadge status={invitation.status} />}
        </Group>
        {invitation && (
          <Stack gap={2}>
            {moment(t('setup.staff.invitedAt'), invitation.invitedAt)}
            {moment(t('setup.staff.activatedAt'), invitation.activatedAt)}
            {invitation.status !== 'active' &&
              moment(t('setup.staff.linkExpiresAt'), invitation.linkExpiresAt)}
          </Stack>
        )}
        {!confirming && <FormErrorAlert error={action.error} />}
        {actions.length > 0 && (
          <Group gap="sm">
            {actions.includes('invitation') && (
              <Button
                variant="light"
                loading={action.isPending && action.variables === 'invitation'}
                onClick={() => run('invitation')}
              >
                {t('setup.staff.resend')}
              </Button>
            )}
            {actions.includes('reactivate') && (
              <Button
                loading={action.isPending && action.variables === 'reactivate'}
                onClick={() => run('reactivate')}
              >
                {t('setup.staff.reactivate')}
              </Button>
            )}
            {actions.includes('deactivate') && (
              <Button
                variant="outline"
                color="red.9"
                onClick={() => {
                  action.reset();
                  setConfirming(true);
                }}
              >
                {t('setup.staff.deactivate')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('setup.staff.deactivateTitle', { name })}
        confirmLabel={t('setup.staff.deactivate')}
        onConfirm={() => run('deactivate')}
        onCancel={() => setConfirming(false)}
        loading={action.isPending}
        danger
        error={<FormErrorAlert error={action.error} />}
      >
        {t('setup.staff.deactivateText', { name })}
      </ConfirmDialog>
    </Paper>
  );
}

const back = (t: TFunction) => ({ label: t('setup.staff.backToList'), to: setupPath('medewerkers') });

/** `/beheer/organisatie/medewerkers/nieuw`: invite a colleague; the activation mail goes out at once. */
export function InviteStaffPage() {
  const { t } = useTranslation();
  return (
    <SetupPage title={t('setup.staff.invite')} back={back(t)}>
      <Text c="dimmed">{t('setup.staff.inviteIntro')}</Text>
      <StaffMemberForm />
    </SetupPage>
  );
}

/** `/beheer/organisatie/medewerkers/:staffMemberId`: details, roles and the account's state and actions. */
export function EditStaffPage() {
  const { t } = useTranslation();
  const { staffMemberId = '' } = useParams();
  const member = useStaffMember(staffMemberId);
  const title = member.data ? `${member.data.firstName} ${member.data.lastName}` : t('setup.staff.edit');
  return (
    <SetupPage title={title} back={back(t)}>
      {renderResult(member, (data) => (
        <Stack gap="lg">
          <AccountPanel member={data} />
          <TeamProfileLink staffMemberId={data.id} />
          <StaffMemberForm key={data.id} member={data} readOnly={!data.permittedActions.includes(MANAGE)} />
        </Stack>
      ))}
    </SetupPage>
  );
}
