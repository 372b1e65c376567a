import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ChildFile } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInAmsterdam } from '../../../../lib/today.ts';
import { useCurrentMe } from '../../../account/me-context.ts';
import { canSeeSection, staffSections } from '../../staff-sections.ts';
import { PlannedWeeks } from './PlannedWeeks.tsx';

/**
 * "Planning" in the child file (S7): the child's planned days per week, for every staff member who may read the
 * child; for the roles that plan (the assessment section's) also the day overview of each group the child is (or
 * will be) placed in, where who comes when and the occupancy per day part show.
 */
export function PlanningSection({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const requests = staffSections.find((section) => section.id === 'requests');
  const plans = requests !== undefined && canSeeSection(requests, me.account.roles);
  const groups = new Map(
    file.placements.filter((p) => p.state !== 'ended').map((p) => [p.groupId, p.groupName] as const),
  );
  const today = todayInAmsterdam();
  return (
    <Stack gap="xs" component="section" aria-labelledby="planning-title" data-testid="child-planning">
      <Title order={2} size="h3" id="planning-title">
        {t('childFile.planning.title')}
      </Title>
      {groups.size === 0 && (
        <Text size="sm" c="dimmed">
          {t('childFile.planning.none')}
        </Text>
      )}
      <PlannedWeeks childId={file.child.id} />
      {plans &&
        [...groups].map(([groupId, groupName]) => (
          <Anchor
            key={groupId}
            component={Link}
            to={`/beheer/aanvragen/dagoverzicht?groep=${groupId}&datum=${today}`}
          >
            {t('childFile.planning.dayOverview', { group: groupName })}
          </Anchor>
        ))}
    </Stack>
  );
}
