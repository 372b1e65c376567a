import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';

/**
 * On a staff member's page in Organisatie → Medewerkers: for organisation admins, the way to the profile parents
 * see in Ons team (the server allows admins and the staff member alone).
 */
export function TeamProfileLink({ staffMemberId }: { staffMemberId: string }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  if (!me.account.roles.some((grant) => grant.role === 'organisation_admin')) return null;
  return (
    <Anchor component={Link} to={`/beheer/profiel/${staffMemberId}`} size="sm">
      {t('team.profile.openFromStaff')}
    </Anchor>
  );
}
