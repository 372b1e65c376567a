import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { MESSAGE_MAX_ATTACHMENTS, type Message, type Thread } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentList } from '../../../components/media/DocumentList.tsx';
import { PhotoSeries } from '../../../components/media/PhotoSeries.tsx';
import { UploadList } from '../../../components/media/UploadList.tsx';
import { useUploads } from '../../../components/media/use-uploads.ts';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useMessageProblem } from './message-errors.ts';
import { usePostMessage, useThread } from './queries.ts';

function MessageCard({ message }: { message: Message }) {
  const { t } = useTranslation();
  const when = formatDateTime(message.sentAt, currentLocale());
  const photos = message.attachments.filter((media) => media.kind !== 'document');
  const documents = message.attachments.filter((media) => media.kind === 'document');
  return (
    <Paper
      component="article"
      withBorder
      p="sm"
      radius="md"
      aria-label={t('messages.thread.messageLabel', { author: message.authorName, when })}
      data-testid="message"
      bg={message.mine ? 'var(--mantine-color-gray-0)' : undefined}
      ml={message.mine ? 'lg' : 0}
      mr={message.mine ? 0 : 'lg'}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {message.mine ? t('messages.thread.you', { name: message.authorName }) : message.authorName}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={message.sentAt}>{when}</time>
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Text>
        <PhotoSeries
          items={photos.map((media) => ({ media, downloadable: true }))}
          label={t('messages.thread.photosLabel', { author: message.authorName, when })}
        />
        <DocumentList
          documents={documents}
          label={t('messages.thread.documentsLabel', { author: message.authorName, when })}
        />
      </Stack>
    </Paper>
  );
}

/** The answer box under a thread: text and optional photos and PDFs; a sent answer can never be changed. */
function AnswerForm({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const uploads = useUploads({ documents: true });
  const send = usePostMessage(threadId);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const serverProblem = useMessageProblem(send.error);

  const submit = () => {
    setProblem(null);
    if (uploads.busy) return setProblem(t('messages.form.waitForUploads'));
    if (body.trim() === '') return setProblem(t('messages.form.emptyAnswer'));
    if (uploads.mediaIds.length > MESSAGE_MAX_ATTACHMENTS)
      return setProblem(t('messages.form.tooMany', { max: MESSAGE_MAX_ATTACHMENTS }));
    send.mutate(
      { body, attachmentIds: uploads.mediaIds },
      {
        onSuccess: () => {
          setBody('');
          uploads.clear();
        },
      },
    );
  };

  const shown =
    problem ?? serverProblem.general ?? serverProblem.fields.body ?? serverProblem.fields.attachments;
  return (
    <form
      noValidate
      aria-label={t('messages.thread.answer')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('messages.thread.answer')}
          placeholder={t('messages.form.placeholder')}
          rows={3}
          maxLength={10000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <UploadList uploads={uploads} documents disabled={send.isPending} />
        {shown && (
          <Alert color="red" variant="light" role="alert">
            {shown}
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          {t('messages.form.final')}
        </Text>
        <Group>
          <Button type="submit" loading={send.isPending} disabled={uploads.busy}>
            {t('messages.form.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ThreadContent({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  usePageTitle(thread.subject);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {thread.subject}
        </Title>
        <Text size="sm" c="dimmed">
          {t('messages.about', { child: thread.childName, group: thread.groupName })}
        </Text>
      </div>
      <Stack component="section" gap="sm" aria-label={t('messages.thread.messages')}>
        {thread.messages.map((message) => (
          <MessageCard key={message.id} message={message} />
        ))}
      </Stack>
      <AnswerForm threadId={thread.id} />
    </Stack>
  );
}

/** A thread whole, oldest message first, each with its author, date and time; and the answer box. */
export function ThreadView({
  threadId,
  backTo,
  backLabel,
}: {
  threadId: string;
  backTo: string;
  backLabel: string;
}) {
  const thread = useThread(threadId);
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={backTo} size="sm">
        {backLabel}
      </Anchor>
      {renderResult(thread, (data) => (
        <ThreadContent thread={data} />
      ))}
    </Stack>
  );
}
