import { Anchor, Group, Select, Table, Text } from '@mantine/core';
import { type InvitationStatus, invitationStatuses } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../../../../components/ListTable.tsx';
import { fullName } from '../../../../lib/format.ts';
import { useCurrentMe } from '../../../account/me-context.ts';
import { renderList } from '../components/EmptyState.tsx';
import { SearchField, useListSearch } from '../components/SearchField.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { setupPath } from '../setup-tabs.ts';
import { useStaffMembers } from './queries.ts';
import { InvitationBadge, RoleBadges } from './StaffBadges.tsx';

/** `/beheer/organisatie/medewerkers`: colleagues with their roles and where their account stands. */
export function StaffMembersPage() {
  const { t } = useTranslation();
  const { text, setText, search } = useListSearch();
  const [status, setStatus] = useState<InvitationStatus | null>(null);
  const members = useStaffMembers({ search, status });
  const filtered = search !== '' || status !== null;
  const me = useCurrentMe();
  const canInvite = me.permittedActions.includes('staffMember.create');
  return (
    <SetupPage
      title={t('setup.staff.title')}
      action={canInvite ? { label: t('setup.staff.invite'), to: setupPath('medewerkers/nieuw') } : undefined}
    >
      <Group align="flex-end" gap="md">
        <SearchField label={t('setup.staff.search')} value={text} onChange={setText} />
        <Select
          label={t('setup.staff.status')}
          placeholder={t('setup.staff.anyStatus')}
          data={invitationStatuses.map((value) => ({ value, label: t(`setup.invitationStatus.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as InvitationStatus | null)}
          clearable
          w={260}
        />
      </Group>
      {renderList(members, filtered ? t('setup.staff.noneFound') : t('setup.staff.empty'), (list) => (
        <ListTable
          columns={[
            t('setup.staff.name'),
            t('setup.staff.email'),
            t('setup.staff.roles'),
            t('setup.staff.status'),
          ]}
          label={t('setup.staff.title')}
          testId="staff-list"
          minWidth={760}
        >
          {list.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Anchor component={Link} to={setupPath(`medewerkers/${member.id}`)} fw={600}>
                  {fullName(member)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{member.email}</Text>
              </Table.Td>
              <Table.Td>
                <RoleBadges roles={member.roles} />
              </Table.Td>
              <Table.Td>
                {member.invitation && <InvitationBadge status={member.invitation.status} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      ))}
    </SetupPage>
  );
}
