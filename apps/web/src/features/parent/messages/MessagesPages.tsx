import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { notify } from '../../../lib/notify.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { MessageForm } from './MessageForm.tsx';
import { useRecipients, useThreadList } from './queries.ts';
import { ThreadList } from './ThreadList.tsx';
import { ThreadView } from './ThreadView.tsx';

/** `/berichten` (P6): the family's threads, newest activity first, and "Bericht schrijven". */
export function MessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('parent.messages.title'));
  const threads = useThreadList('/threads');
  return (
    <Stack gap="md" maw={720}>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('parent.messages.title')}</Title>
        <Button component={Link} to="/berichten/nieuw">
          {t('messages.write')}
        </Button>
      </Group>
      <ThreadList
        query={threads}
        hrefOf={(thread) => `/berichten/${thread.id}`}
        label={t('messages.listLabel')}
        emptyText={t('messages.empty')}
      />
    </Stack>
  );
}

/** `/berichten/nieuw?kind=`: "Bericht schrijven" about one of the family's children. */
export function NewMessagePage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.form.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const recipients = useRecipients();
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to="/berichten" size="sm">
        {t('messages.back')}
      </Anchor>
      <Title order={1}>{t('messages.form.title')}</Title>
      {renderResult(recipients, (children) =>
        children.length === 0 ? (
          <Text c="dimmed">{t('messages.noRecipients')}</Text>
        ) : (
          <MessageForm
            recipients={children}
            initialChildId={params.get('kind')}
            onCreated={(threadId) => {
              notify(t('messages.form.sent'), 'success');
              navigate(`/berichten/${threadId}`);
            }}
            onCancel={() => navigate('/berichten')}
          />
        ),
      )}
    </Stack>
  );
}

/** `/berichten/:threadId`: one thread whole and the answer box. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  return <ThreadView key={threadId} threadId={threadId} backTo="/berichten" backLabel={t('messages.back')} />;
}
