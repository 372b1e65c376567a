import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimelineFeed } from '../../../components/media/TimelineFeed.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useGroupTimeline, useTimelineGroups } from './queries.ts';
import { GroupSelect, useChosenGroup } from './TimelineLayout.tsx';

function GroupTimeline({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const timeline = useGroupTimeline(groupId);
  const query = `?groep=${groupId}`;
  return (
    <Stack gap="md">
      <Group gap="sm" role="group" aria-label={t('timeline.staff.actions')}>
        <Button component={Link} to={`/beheer/tijdlijn/plaatsen${query}`}>
          {t('timeline.staff.postPhotos')}
        </Button>
        <Button component={Link} to={`/beheer/tijdlijn/dagboek/schrijven${query}`} variant="light">
          {t('timeline.myChild.writeDiary')}
        </Button>
      </Group>
      <TimelineFeed
        query={timeline}
        entryHref={(entry) => `/beheer/tijdlijn/dagboek/${entry.id}${query}`}
        label={t('timeline.staff.feed')}
        emptyText={t('timeline.staff.empty')}
      />
    </Stack>
  );
}

/** `/beheer/tijdlijn` (S4): choose a group, see its timeline, post photos or write in a child's diary. */
export function StaffTimelinePage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.timeline.title'));
  const groups = useTimelineGroups();
  const { group, choose } = useChosenGroup(groups.data);
  return (
    <Stack gap="md" maw={820}>
      <Title order={1}>{t('staff.timeline.title')}</Title>
      {renderResult(groups, (list) =>
        list.length === 0 || !group ? (
          <Text c="dimmed">{t('timeline.staff.noGroups')}</Text>
        ) : (
          <Stack gap="md">
            <GroupSelect groups={list} value={group.id} onChange={choose} />
            <GroupTimeline key={group.id} groupId={group.id} />
          </Stack>
        ),
      )}
    </Stack>
  );
}
