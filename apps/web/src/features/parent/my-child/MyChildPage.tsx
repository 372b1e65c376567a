import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimelineFeed } from '../../../components/media/TimelineFeed.tsx';
import { useTimelineQuery } from '../../../components/media/timeline-query.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { TIMELINE_KEY } from '../diary/queries.ts';
import { MyChildren } from './MyChildren.tsx';
import { useMyChildren } from './queries.ts';

/**
 * `/mijn-kind` (P3): the family's children, the three actions of the manual (Dagboek schrijven, Bericht
 * schrijven, Afwezig melden), then the latest diary entries and photos, newest first, older ones as you scroll.
 */
export function MyChildPage() {
  const { t } = useTranslation();
  usePageTitle(t('parent.myChild.title'));
  const timeline = useTimelineQuery([...TIMELINE_KEY, 'mine'], '/timeline');
  const children = useMyChildren().data?.children ?? [];
  const onlyChild = children.length === 1 ? children[0] : undefined;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('parent.myChild.title')}</Title>
      <MyChildren />
      <Group gap="sm" role="group" aria-label={t('timeline.myChild.actions')}>
        <Button component={Link} to="/mijn-kind/dagboek/schrijven">
          {t('timeline.myChild.writeDiary')}
        </Button>
        <Button
          component={Link}
          to={onlyChild ? `/berichten/nieuw?kind=${onlyChild.id}` : '/berichten/nieuw'}
          variant="light"
        >
          {t('timeline.myChild.writeMessage')}
        </Button>
        <Button component={Link} to="/agenda/afwezigheid" variant="light">
          {t('absence.myChild')}
        </Button>
      </Group>
      <TimelineFeed
        query={timeline}
        entryHref={(entry) => `/mijn-kind/dagboek/${entry.id}`}
        label={t('timeline.myChild.feed')}
        emptyText={t('timeline.myChild.empty')}
      />
    </Stack>
  );
}
