import { Badge, Button, Text } from '@mantine/core';
import type { Invitation, InvitationStatus } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate, formatDateTime } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { errorText } from '../../../../lib/translate.ts';
import { useResendInvitation } from '../queries.ts';

const COLOURS: Record<InvitationStatus, string> = {
  not_invited: 'gray',
  invited: 'blue',
  active: 'green',
  expired: 'orange',
  deactivated: 'red',
};

/** Where a guardian's invitation stands, as a short badge (no account at all shows as "no account"). */
export function InvitationBadge({ invitation }: { invitation: Invitation | null }) {
  const { t } = useTranslation();
  if (!invitation) {
    return (
      <Badge color="gray" variant="outline" data-testid="invitation-status">
        {t('families.invitation.noAccount')}
      </Badge>
    );
  }
  return (
    <Badge color={COLOURS[invitation.status]} variant="light" data-testid="invitation-status">
      {t(`families.invitation.status.${invitation.status}`)}
    </Badge>
  );
}

/** One sentence with the dates that belong to the status: planned, sent and valid until, activated. */
export function InvitationDetails({ invitation }: { invitation: Invitation | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!invitation) return null;
  const text = (() => {
    switch (invitation.status) {
      case 'not_invited':
        return invitation.plannedOn
          ? t('families.invitation.plannedOn', { date: formatDate(invitation.plannedOn, locale) })
          : t('families.invitation.notPlanned');
      case 'invited':
        return invitation.invitedAt && invitation.linkExpiresAt
          ? t('families.invitation.invitedUntil', {
              date: formatDateTime(invitation.invitedAt, locale),
              until: formatDateTime(invitation.linkExpiresAt, locale),
            })
          : null;
      case 'active':
        return invitation.activatedAt
          ? t('families.invitation.activatedAt', { date: formatDateTime(invitation.activatedAt, locale) })
          : null;
      case 'expired':
        return t('families.invitation.expiredText');
      case 'deactivated':
        return t('families.invitation.deactivatedText');
    }
  })();
  if (!text) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="invitation-details">
      {text}
    </Text>
  );
}

/** Whether sending the activation mail again makes sense: not for an active or deactivated account. */
export function canResend(guardian: { invitation: Invitation | null }): boolean {
  const status = guardian.invitation?.status;
  return status === 'not_invited' || status === 'invited' || status === 'expired';
}

/** "Opnieuw versturen": a new activation mail (the old link stops working); only where that makes sense. */
export function ResendInvitationButton({
  guardian,
}: {
  guardian: { id: string; email: string; invitation: Invitation | null };
}) {
  const { t } = useTranslation();
  const resend = useResendInvitation();
  if (!canResend(guardian)) return null;
  return (
    <Button
      size="xs"
      variant="light"
      loading={resend.isPending}
      onClick={() =>
        resend.mutate(guardian.id, {
          onSuccess: () => notify(t('families.invitation.resent', { email: guardian.email }), 'success'),
          onError: (error) => notify(errorText(t, error), 'error'),
        })
      }
    >
      {t('families.invitation.resend')}
    </Button>
  );
}
