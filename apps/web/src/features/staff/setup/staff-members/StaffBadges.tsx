import { Badge, Group } from '@mantine/core';
import type { InvitationStatus, StaffMemberRole } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const STATUS_COLOURS: Record<InvitationStatus, string> = {
  not_invited: 'gray',
  invited: 'blue',
  active: 'green',
  expired: 'orange',
  deactivated: 'gray',
};

/** Where a colleague's account stands: Uitgenodigd, Actief, Nooit geactiveerd (verlopen), Gedeactiveerd. */
export function InvitationBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOURS[status]}
      variant={status === 'deactivated' || status === 'not_invited' ? 'outline' : 'light'}
      data-testid="invitation-status"
    >
      {t(`setup.invitationStatus.${status}`)}
    </Badge>
  );
}

/** A role with where it applies, e.g. "Planner · Haarlem" or "Pedagogisch medewerker · Hamsters". */
export function roleLabel(t: TFunction, role: StaffMemberRole): string {
  const name = t(`setup.roles.${role.role}`);
  const scope = role.groupName ?? role.locationName;
  return scope ? `${name} · ${scope}` : name;
}

export function RoleBadges({ roles }: { roles: readonly StaffMemberRole[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge
          key={`${role.role}-${role.locationId ?? ''}-${role.groupId ?? ''}`}
          variant="default"
          radius="sm"
          tt="none"
          fw={500}
        >
          {roleLabel(t, role)}
        </Badge>
      ))}
    </Group>
  );
}
