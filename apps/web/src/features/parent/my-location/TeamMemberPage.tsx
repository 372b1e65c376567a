import { Anchor, Avatar, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import type { TeamMember } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { initialsOf } from './TeamSection.tsx';
import { useTeamMember } from './team-queries.ts';

function MemberView({ member }: { member: TeamMember }) {
  const { t } = useTranslation();
  usePageTitle(member.displayName);
  const groups = member.groups.map((group) => group.name).join(', ');
  return (
    <Stack gap="md" maw={640}>
      <Group gap="lg" align="center" wrap="wrap">
        {member.photo?.screenUrl ? (
          <Image
            src={member.photo.screenUrl}
            alt={t('team.member.photo', { name: member.displayName })}
            w={200}
            h={200}
            radius="md"
            fit="cover"
          />
        ) : (
          <Avatar size={120} radius={60} color="teal" alt="">
            {initialsOf(member.displayName)}
          </Avatar>
        )}
        <Stack gap={4}>
          <Title order={1}>{member.displayName}</Title>
          <Text c="dimmed">{t('team.member.groups', { groups })}</Text>
        </Stack>
      </Group>
      <Paper withBorder p="md">
        {member.about ? (
          // Plain text as written: line breaks kept, never read as markup.
          <Text style={{ whiteSpace: 'pre-line' }} data-testid="team-member-about">
            {member.about}
          </Text>
        ) : (
          <Text c="dimmed">{t('team.member.noAbout', { name: member.displayName })}</Text>
        )}
      </Paper>
    </Stack>
  );
}

/** `/mijn-locatie/team/:staffId` (P16): more about one person of Ons team. */
export function TeamMemberPage() {
  const { t } = useTranslation();
  const { staffId = '' } = useParams();
  const member = useTeamMember(staffId);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/mijn-locatie" size="sm">
        {t('team.member.back')}
      </Anchor>
      {renderResult(member, (data) => (
        <MemberView member={data} />
      ))}
    </Stack>
  );
}
