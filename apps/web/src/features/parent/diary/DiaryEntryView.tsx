import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { DiaryEntry } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import classes from '../../../components/media/media.module.css';
import { PhotoSeries } from '../../../components/media/PhotoSeries.tsx';
import { UploadList } from '../../../components/media/UploadList.tsx';
import { useUploads } from '../../../components/media/use-uploads.ts';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { notify } from '../../../lib/notify.ts';
import { errorText } from '../../../lib/translate.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { useAddDiaryMedia, useDiaryEntry } from './queries.ts';

/** "Foto's toevoegen": choose photos, they upload, "Toevoegen" adds them to the entry. */
function AddPhotos({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const uploads = useUploads({ videoEnabled: me.features.video });
  const add = useAddDiaryMedia(entryId);
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button variant="light" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('timeline.entry.addPhotos')}
      </Button>
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-photos">
      <Stack gap="sm">
        <Title order={2} size="h5" id="add-photos">
          {t('timeline.entry.addPhotos')}
        </Title>
        <UploadList uploads={uploads} videoEnabled={me.features.video} />
        {add.error && (
          <Alert color="red" variant="light" role="alert">
            {errorText(t, add.error)}
          </Alert>
        )}
        <Group>
          <Button
            disabled={uploads.busy || uploads.mediaIds.length === 0}
            loading={add.isPending}
            onClick={() =>
              add.mutate(uploads.mediaIds, {
                onSuccess: () => {
                  notify(t('timeline.entry.added'), 'success');
                  uploads.clear();
                  setOpen(false);
                },
              })
            }
          >
            {t('timeline.entry.addSubmit')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              uploads.clear();
              setOpen(false);
            }}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function EntryContent({ entry }: { entry: DiaryEntry }) {
  const { t } = useTranslation();
  const when = formatDateTime(entry.writtenAt, currentLocale());
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('timeline.diary.heading', { child: entry.childName })}</Title>
        <Text size="sm" c="dimmed">
          {t('timeline.post.byline', { author: entry.authorName, when })}
        </Text>
      </div>
      {entry.body && <Text className={classes.fullText}>{entry.body}</Text>}
      <PhotoSeries
        items={entry.media.map((media) => ({ media, downloadable: media.downloadUrl !== null }))}
        label={t('timeline.entry.photosLabel')}
      />
      <AddPhotos entryId={entry.id} />
    </Stack>
  );
}

/** A diary entry whole (P5), with "Foto's toevoegen"; `backTo` is where the back link leads. */
export function DiaryEntryView({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  const { t } = useTranslation();
  usePageTitle(t('timeline.entry.title'));
  const { entryId = '' } = useParams();
  const entry = useDiaryEntry(entryId);
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={backTo} size="sm">
        {backLabel}
      </Anchor>
      {renderResult(entry, (data) => (
        <EntryContent entry={data} />
      ))}
    </Stack>
  );
}

/** `/mijn-kind/dagboek/:entryId`. */
export function DiaryEntryPage() {
  const { t } = useTranslation();
  return <DiaryEntryView backTo="/mijn-kind" backLabel={t('timeline.backToMyChild')} />;
}
