import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { MESSAGE_MAX_ATTACHMENTS, type MessageRecipients } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadList } from '../../../components/media/UploadList.tsx';
import { useUploads } from '../../../components/media/use-uploads.ts';
import { fullName } from '../../../lib/format.ts';
import { type MessageField, useMessageProblem } from './message-errors.ts';
import { useCreateThread } from './queries.ts';

export type Recipient = MessageRecipients['children'][number];

interface MessageFormProps {
  recipients: readonly Recipient[];
  initialChildId?: string | null;
  /** Staff write from one group's inbox: the group is fixed and not asked. */
  fixedGroupId?: string;
  onCreated: (threadId: string) => void;
  onCancel: () => void;
}

/**
 * "Bericht schrijven" (P6, S5): the child, the group (only when the child has several), a subject and the text;
 * photos and PDFs are optional and upload as soon as they are chosen. A sent message cannot be changed or deleted.
 */
export function MessageForm({
  recipients,
  initialChildId,
  fixedGroupId,
  onCreated,
  onCancel,
}: MessageFormProps) {
  const { t } = useTranslation();
  const uploads = useUploads({ documents: true });
  const create = useCreateThread();
  const only = recipients.length === 1 ? recipients[0]?.id : undefined;
  const [childId, setChildId] = useState<string | null>(
    initialChildId && recipients.some((child) => child.id === initialChildId)
      ? initialChildId
      : (only ?? null),
  );
  const child = recipients.find((candidate) => candidate.id === childId);
  const groups = child?.groups ?? [];
  const [chosenGroupId, setGroupId] = useState<string | null>(null);
  const groupId =
    fixedGroupId ??
    (groups.length === 1 ? groups[0]?.id : groups.some((g) => g.id === chosenGroupId) ? chosenGroupId : null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<Partial<Record<MessageField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const server = useMessageProblem(create.error);
  const errors = { ...server.fields, ...problems };

  const submit = () => {
    const found: Partial<Record<MessageField, string>> = {};
    if (!childId) found.childId = t('messages.fieldErrors.childId.required');
    else if (!groupId && groups.length > 1) found.groupId = t('messages.fieldErrors.groupId.required');
    if (subject.trim() === '') found.subject = t('messages.fieldErrors.subject.too_small');
    if (body.trim() === '') found.body = t('messages.fieldErrors.body.too_small');
    if (uploads.mediaIds.length > MESSAGE_MAX_ATTACHMENTS)
      found.attachments = t('messages.form.tooMany', { max: MESSAGE_MAX_ATTACHMENTS });
    setProblems(found);
    setGeneral(uploads.busy ? t('messages.form.waitForUploads') : null);
    if (Object.keys(found).length > 0 || uploads.busy || !childId) return;
    create.reset();
    create.mutate(
      {
        childId,
        ...(groupId ? { groupId } : {}),
        subject,
        body,
        attachmentIds: uploads.mediaIds,
      },
      { onSuccess: (thread) => onCreated(thread.id) },
    );
  };

  const alert = general ?? server.general ?? errors.attachments;
  return (
    <form
      noValidate
      aria-label={t('messages.form.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {recipients.length > 1 && (
          <Select
            label={t('messages.form.child')}
            placeholder={t('messages.form.chooseChild')}
            data={recipients.map((option) => ({ value: option.id, label: fullName(option) }))}
            value={childId}
            onChange={(next) => {
              setChildId(next);
              setProblems((previous) => ({ ...previous, childId: undefined }));
            }}
            allowDeselect={false}
            error={errors.childId}
            required
          />
        )}
        {recipients.length === 1 && child && (
          <Text size="sm">{t('messages.form.aboutChild', { child: fullName(child) })}</Text>
        )}
        {!fixedGroupId && groups.length > 1 && (
          <Select
            label={t('messages.form.group')}
            placeholder={t('messages.form.chooseGroup')}
            data={groups.map((group) => ({ value: group.id, label: group.name }))}
            value={groupId}
            onChange={(next) => {
              setGroupId(next);
              setProblems((previous) => ({ ...previous, groupId: undefined }));
            }}
            allowDeselect={false}
            error={errors.groupId}
            required
          />
        )}
        {!fixedGroupId && groups.length === 1 && (
          <Text size="sm">{t('messages.form.toGroup', { group: groups[0]?.name })}</Text>
        )}
        <TextInput
          label={t('messages.form.subject')}
          maxLength={200}
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
          error={errors.subject}
          required
        />
        <Textarea
          label={t('messages.form.text')}
          placeholder={t('messages.form.placeholder')}
          rows={5}
          maxLength={10000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errors.body}
          required
        />
        <UploadList uploads={uploads} documents disabled={create.isPending} />
        {alert && (
          <Alert color="red" variant="light" role="alert">
            {alert}
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          {t('messages.form.final')}
        </Text>
        <Group>
          <Button type="submit" loading={create.isPending} disabled={uploads.busy}>
            {t('messages.form.send')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
