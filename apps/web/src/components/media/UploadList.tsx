import { Button, FileButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateFirst } from '../../lib/translate.ts';
import { PaperclipIcon } from '../icons.tsx';
import {
  DOCUMENT_ACCEPT,
  IMAGE_ACCEPT,
  isPdfFile,
  type UploadItem,
  type Uploads,
  VIDEO_ACCEPT,
} from './use-uploads.ts';

/** The translated reason a file was refused: the media field codes first, then the general error texts. */
export function useUploadErrorText() {
  const { t } = useTranslation();
  return (code: string) =>
    translateFirst(t, [`timeline.fileErrors.${code}`, `fields.${code}`, `errors.${code}`], 'errors.unknown');
}

function UploadRow({ item, uploads }: { item: UploadItem; uploads: Uploads }) {
  const { t } = useTranslation();
  const errorText = useUploadErrorText();
  const name = item.file.name || t('timeline.uploads.unnamed');
  const state =
    item.status === 'done'
      ? t('timeline.uploads.done')
      : item.status === 'uploading'
        ? t('timeline.uploads.percent', { percent: item.percent })
        : t('timeline.uploads.failed');
  return (
    <Paper component="li" withBorder p="xs" radius="sm" data-testid="upload-item">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {isPdfFile(item.file) && <PaperclipIcon style={{ flexShrink: 0 }} />}
            <Text size="sm" truncate="end" title={name}>
              {name}
            </Text>
          </Group>
          <Text size="xs" c={item.status === 'failed' ? 'red' : 'dimmed'} style={{ flexShrink: 0 }}>
            {state}
          </Text>
        </Group>
        <Progress
          value={item.status === 'failed' ? 100 : item.percent}
          color={item.status === 'failed' ? 'red' : item.status === 'done' ? 'green' : undefined}
          size="sm"
          aria-label={t('timeline.uploads.progress', { name })}
          animated={item.status === 'uploading'}
        />
        {item.status === 'failed' && item.errorCode && (
          <Text size="sm" c="red" role="alert">
            {errorText(item.errorCode)}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          {item.status === 'failed' && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => uploads.retry(item.key)}
              aria-label={t('timeline.uploads.retryLabel', { name })}
            >
              {t('common.retry')}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            onClick={() => uploads.remove(item.key)}
            aria-label={t('timeline.uploads.removeLabel', { name })}
          >
            {t('timeline.uploads.remove')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

interface UploadListProps {
  uploads: Uploads;
  /** Offer videos too (the organisation has the video feature). */
  videoEnabled?: boolean;
  /** Offer PDF documents too (messages); they show with a paperclip. */
  documents?: boolean;
  /** The text of the choose button; "Foto's kiezen" by default. */
  chooseLabel?: string;
  disabled?: boolean;
}

/**
 * A button to choose photos (and videos or PDFs where offered), and each chosen file with its progress bar, its
 * error, retry and remove; a PDF's row has a paperclip.
 */
export function UploadList({
  uploads,
  videoEnabled = false,
  documents = false,
  chooseLabel,
  disabled,
}: UploadListProps) {
  const { t } = useTranslation();
  const accept = [
    IMAGE_ACCEPT,
    ...(videoEnabled ? [VIDEO_ACCEPT] : []),
    ...(documents ? [DOCUMENT_ACCEPT] : []),
  ].join(',');
  const defaultLabel = documents
    ? t('timeline.uploads.chooseWithDocuments')
    : videoEnabled
      ? t('timeline.uploads.chooseMedia')
      : t('timeline.uploads.choose');
  return (
    <Stack gap="xs">
      <FileButton multiple accept={accept} onChange={(files) => uploads.add(files)} disabled={disabled}>
        {(props) => (
          <Button {...props} variant="light" style={{ alignSelf: 'flex-start' }}>
            {chooseLabel ?? defaultLabel}
          </Button>
        )}
      </FileButton>
      {uploads.items.length > 0 && (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('timeline.uploads.label')}
        >
          {uploads.items.map((item) => (
            <UploadRow key={item.key} item={item} uploads={uploads} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
