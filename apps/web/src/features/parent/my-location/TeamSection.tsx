import { Avatar, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { TeamMemberSummary } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { useTeam } from './team-queries.ts';

/** The initials of a name, for a person without a photo. */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** The path of the page about one person of Ons team. */
export const teamMemberPath = (staffMemberId: string) => `/mijn-locatie/team/${staffMemberId}`;

function MemberCard({ member }: { member: TeamMemberSummary }) {
  return (
    <UnstyledButton
      component={Link}
      to={teamMemberPath(member.staffMemberId)}
      data-testid="team-member"
      style={{ display: 'block' }}
    >
      <Paper withBorder p="sm" h="100%">
        <Stack gap={6} align="center">
          {/* The name next to the photo names the link; the photo itself is decoration here. */}
          <Avatar src={member.photo?.smallUrl ?? null} alt="" size={96} radius={48} color="teal">
            {initialsOf(member.displayName)}
          </Avatar>
          <Text fw={600} ta="center">
            {member.displayName}
          </Text>
          <Text size="xs" c="dimmed" ta="center">
            {member.groups.map((group) => group.name).join(', ')}
          </Text>
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}

/** "Ons team" on Mijn locatie (P16): photos of the staff of the children's groups; a click opens more. */
export function TeamSection() {
  const { t } = useTranslation();
  const team = useTeam();
  return (
    <Stack gap="sm" component="section" aria-labelledby="team-title">
      <Title order={2} size="h3" id="team-title">
        {t('team.list.title')}
      </Title>
      {renderResult(team, (data) =>
        data.members.length === 0 ? (
          <Text c="dimmed">{t('team.list.none')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('team.list.intro')}
            </Text>
            <SimpleGrid
              cols={{ base: 2, sm: 3, md: 4 }}
              spacing="sm"
              component="ul"
              aria-label={t('team.list.label')}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {data.members.map((member) => (
                <li key={member.staffMemberId}>
                  <MemberCard member={member} />
                </li>
              ))}
            </SimpleGrid>
          </>
        ),
      )}
    </Stack>
  );
}
