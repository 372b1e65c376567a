import { Anchor, Button, Select, Stack, Text, Title } from '@mantine/core';
import type { Group } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate, useParams, useSearchParams } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { notify } from '../../../lib/notify.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { MessageForm } from '../../parent/messages/MessageForm.tsx';
import { useRecipients, useThreadList, useUnreadMessages } from '../../parent/messages/queries.ts';
import { ThreadList } from '../../parent/messages/ThreadList.tsx';
import { ThreadView } from '../../parent/messages/ThreadView.tsx';
import { StaffSectionPage } from '../StaffPages.tsx';
import { canSeeSection, staffSections } from '../staff-sections.ts';
import { useChosenGroup } from '../timeline/TimelineLayout.tsx';
import { useMessageGroups } from './queries.ts';

/** `/beheer/berichten/*`: roles that do not answer messages get the section's "no access" page. */
export function StaffMessagesLayout() {
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === 'messages');
  if (!section || !canSeeSection(section, me.account.roles)) return <StaffSectionPage id="messages" />;
  return <Outlet />;
}

function GroupChoice({
  groups,
  value,
  onChange,
}: {
  groups: readonly Group[];
  value: string;
  onChange: (groupId: string) => void;
}) {
  const { t } = useTranslation();
  const unread = useUnreadMessages();
  const countOf = (groupId: string) =>
    unread.data?.groups.find((group) => group.groupId === groupId)?.unread ?? 0;
  return (
    <Select
      label={t('messages.form.group')}
      data={groups.map((group) => {
        const count = countOf(group.id);
        return {
          value: group.id,
          label: count > 0 ? t('messages.staff.groupOption', { group: group.name, count }) : group.name,
        };
      })}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      maw={360}
    />
  );
}

function GroupInbox({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const threads = useThreadList(`/groups/${groupId}/threads`);
  const query = `?groep=${groupId}`;
  return (
    <Stack gap="md">
      <Button component={Link} to={`/beheer/berichten/nieuw${query}`} style={{ alignSelf: 'flex-start' }}>
        {t('messages.staff.write')}
      </Button>
      <ThreadList
        query={threads}
        hrefOf={(thread) => `/beheer/berichten/${thread.id}${query}`}
        label={t('messages.staff.inbox')}
        emptyText={t('messages.staff.empty')}
      />
    </Stack>
  );
}

/** `/beheer/berichten` (S5): choose a group, its inbox with unread counts; open a thread or start one. */
export function StaffMessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.messages.title'));
  const groups = useMessageGroups();
  const { group, choose } = useChosenGroup(groups.data);
  return (
    <Stack gap="md" maw={820}>
      <Title order={1}>{t('staff.messages.title')}</Title>
      {renderResult(groups, (list) =>
        list.length === 0 || !group ? (
          <Text c="dimmed">{t('timeline.staff.noGroups')}</Text>
        ) : (
          <Stack gap="md">
            <GroupChoice groups={list} value={group.id} onChange={choose} />
            <GroupInbox key={group.id} groupId={group.id} />
          </Stack>
        ),
      )}
    </Stack>
  );
}

function backToInbox(params: URLSearchParams) {
  const groupId = params.get('groep');
  return groupId ? `/beheer/berichten?groep=${groupId}` : '/beheer/berichten';
}

/** `/beheer/berichten/:threadId`: a thread whole and the answer box. */
export function StaffThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <ThreadView
      key={threadId}
      threadId={threadId}
      backTo={backToInbox(params)}
      backLabel={t('messages.staff.back')}
    />
  );
}

/** `/beheer/berichten/nieuw?groep=&kind=`: start a thread to the guardians of a child of the group. */
export function StaffNewMessagePage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.staff.write'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const groups = useMessageGroups();
  const { group } = useChosenGroup(groups.data);
  const recipients = useRecipients();
  const back = group ? `/beheer/berichten?groep=${group.id}` : '/beheer/berichten';
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={back} size="sm">
        {t('messages.staff.back')}
      </Anchor>
      <Title order={1}>{t('messages.staff.write')}</Title>
      {renderResult(groups, () =>
        !group ? (
          <Text c="dimmed">{t('timeline.staff.noGroups')}</Text>
        ) : (
          renderResult(recipients, (children) => {
            const ofGroup = children.filter((child) => child.groups.some((g) => g.id === group.id));
            return (
              <Stack gap="md">
                <Text size="sm">{t('messages.form.toGroup', { group: group.name })}</Text>
                {ofGroup.length === 0 ? (
                  <Text c="dimmed">{t('messages.staff.noChildren')}</Text>
                ) : (
                  <MessageForm
                    recipients={ofGroup}
                    initialChildId={params.get('kind')}
                    fixedGroupId={group.id}
                    onCreated={(threadId) => {
                      notify(t('messages.form.sent'), 'success');
                      navigate(`/beheer/berichten/${threadId}?groep=${group.id}`);
                    }}
                    onCancel={() => navigate(back)}
                  />
                )}
              </Stack>
            );
          })
        ),
      )}
    </Stack>
  );
}
