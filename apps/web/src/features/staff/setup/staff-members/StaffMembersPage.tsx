import { Anchor, Group, Select, Table, Text } from '@mantine/core';
import { type InvitationStatus, invitationStatuses } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { useCurrentMe } from '../../../account/me-context.ts';
import { EmptyState } from '../components/EmptyState.tsx';
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
      {renderResult(members, (list) =>
        list.length === 0 ? (
          <EmptyState text={filtered ? t('setup.staff.noneFound') : t('setup.staff.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover aria-label={t('setup.staff.title')} data-testid="staff-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('setup.staff.name')}</Table.Th>
                  <Table.Th>{t('setup.staff.email')}</Table.Th>
                  <Table.Th>{t('setup.staff.roles')}</Table.Th>
                  <Table.Th>{t('setup.staff.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Anchor component={Link} to={setupPath(`medewerkers/${member.id}`)} fw={600}>
                        {member.firstName} {member.lastName}
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ),
      )}
    </SetupPage>
  );
}
