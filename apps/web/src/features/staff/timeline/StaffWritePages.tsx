import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { Group } from '@nestje/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { notify } from '../../../lib/notify.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { DiaryEntryView } from '../../parent/diary/DiaryEntryView.tsx';
import { DiaryForm } from '../../parent/diary/DiaryForm.tsx';
import { PostForm } from './PostForm.tsx';
import { useTaggableChildren, useTimelineGroups } from './queries.ts';
import { GroupSelect, useChosenGroup } from './TimelineLayout.tsx';

const backTo = (groupId: string | undefined) => `/beheer/tijdlijn${groupId ? `?groep=${groupId}` : ''}`;

/** A write page of the timeline: back link, title, group choice, and the form for the chosen group. */
function WritePage({ title, children }: { title: string; children: (group: Group) => ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  const groups = useTimelineGroups();
  const { group, choose } = useChosenGroup(groups.data);
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={backTo(group?.id)} size="sm">
        {t('timeline.staff.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      {renderResult(groups, (list) =>
        !group ? (
          <Text c="dimmed">{t('timeline.staff.noGroups')}</Text>
        ) : (
          <Stack gap="md">
            <GroupSelect groups={list} value={group.id} onChange={choose} />
            {children(group)}
          </Stack>
        ),
      )}
    </Stack>
  );
}

function PostFormFor({ group }: { group: Group }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const children = useTaggableChildren(group.id);
  return renderResult(children, (list) => (
    <PostForm
      key={group.id}
      groupId={group.id}
      childList={list}
      onPosted={() => {
        notify(t('timeline.staff.posted'), 'success');
        navigate(backTo(group.id));
      }}
      onCancel={() => navigate(backTo(group.id))}
    />
  ));
}

/** `/beheer/tijdlijn/plaatsen?groep=`: "Foto's plaatsen". */
export function StaffPostPage() {
  const { t } = useTranslation();
  return (
    <WritePage title={t('timeline.staff.postPhotos')}>{(group) => <PostFormFor group={group} />}</WritePage>
  );
}

function DiaryFormFor({ group }: { group: Group }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const children = useTaggableChildren(group.id);
  return renderResult(children, (list) => (
    <DiaryForm
      key={group.id}
      childOptions={list.map((child) => ({ id: child.id, name: `${child.firstName} ${child.lastName}` }))}
      initialChildId={params.get('kind')}
      onCreated={() => {
        notify(t('timeline.diaryForm.sent'), 'success');
        navigate(backTo(group.id));
      }}
      onCancel={() => navigate(backTo(group.id))}
    />
  ));
}

/** `/beheer/tijdlijn/dagboek/schrijven?groep=`: "Dagboek schrijven" for a child of the group. */
export function StaffDiaryPage() {
  const { t } = useTranslation();
  return (
    <WritePage title={t('timeline.diaryForm.title')}>{(group) => <DiaryFormFor group={group} />}</WritePage>
  );
}

/** `/beheer/tijdlijn/dagboek/:entryId`: an entry whole. */
export function StaffDiaryEntryPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <DiaryEntryView backTo={backTo(params.get('groep') ?? undefined)} backLabel={t('timeline.staff.back')} />
  );
}
