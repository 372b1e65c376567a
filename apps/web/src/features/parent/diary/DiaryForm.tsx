import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { DIARY_MAX_MEDIA, type DiaryEntry } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadList } from '../../../components/media/UploadList.tsx';
import { useUploads } from '../../../components/media/use-uploads.ts';
import { ApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/translate.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { useCreateDiaryEntry } from './queries.ts';

export interface DiaryChildOption {
  id: string;
  name: string;
}

interface DiaryFormProps {
  childOptions: readonly DiaryChildOption[];
  initialChildId?: string | null;
  onCreated: (entry: DiaryEntry) => void;
  onCancel: () => void;
}

/**
 * "Dagboek schrijven" (P5, S4): a piece of text and photos (videos where the organisation has the feature) for
 * one child. The photos upload as soon as they are chosen; the entry is sent when they are all there.
 */
export function DiaryForm({ childOptions, initialChildId, onCreated, onCancel }: DiaryFormProps) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const videoEnabled = me.features.video;
  const uploads = useUploads({ videoEnabled });
  const create = useCreateDiaryEntry();
  const only = childOptions.length === 1 ? childOptions[0]?.id : undefined;
  const [childId, setChildId] = useState<string | null>(
    initialChildId && childOptions.some((child) => child.id === initialChildId)
      ? initialChildId
      : (only ?? null),
  );
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    setProblem(null);
    if (!childId) return setProblem(t('timeline.diaryForm.chooseChild'));
    if (uploads.busy) return setProblem(t('timeline.diaryForm.waitForUploads'));
    if (body.trim() === '' && uploads.mediaIds.length === 0) return setProblem(t('timeline.diaryForm.empty'));
    if (uploads.mediaIds.length > DIARY_MAX_MEDIA)
      return setProblem(t('timeline.diaryForm.tooMany', { max: DIARY_MAX_MEDIA }));
    create.mutate(
      { childId, body: { body, mediaIds: uploads.mediaIds } },
      { onSuccess: (entry) => onCreated(entry) },
    );
  };

  const serverProblem =
    create.error instanceof ApiError && create.error.fields.some((f) => f.path.startsWith('mediaIds'))
      ? t('timeline.diaryForm.mediaGone')
      : create.error
        ? errorText(t, create.error)
        : null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {childOptions.length > 1 && (
          <Select
            label={t('timeline.diaryForm.child')}
            data={childOptions.map((child) => ({ value: child.id, label: child.name }))}
            value={childId}
            onChange={setChildId}
            allowDeselect={false}
            required
          />
        )}
        <Textarea
          label={t('timeline.diaryForm.text')}
          placeholder={t('timeline.diaryForm.placeholder')}
          rows={5}
          maxLength={10000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <UploadList uploads={uploads} videoEnabled={videoEnabled} />
        {(problem ?? serverProblem) && (
          <Alert color="red" variant="light" role="alert">
            {problem ?? serverProblem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending} disabled={uploads.busy}>
            {t('timeline.diaryForm.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
