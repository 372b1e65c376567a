import { Badge, Text } from '@mantine/core';
import type { Invitation, InvitationStatus } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { formatDate } from './format.ts';

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
