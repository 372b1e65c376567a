import { Avatar, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { CHILD_PHOTO_MAX_BYTES, CHILD_PHOTO_TYPES, type ChildFile } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../lib/api.ts';
import { fieldErrorText } from '../../../../lib/form-errors.ts';
import { fullName } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { checkFile } from '../../../../lib/raw-api.ts';
import { errorText } from '../../../../lib/translate.ts';
import { useObjectUrl } from '../../../../lib/use-object-url.ts';
import { useChildPhoto, useDeletePhoto, useUploadPhoto } from '../queries.ts';

const PHOTO_FILES = { types: CHILD_PHOTO_TYPES, maxBytes: CHILD_PHOTO_MAX_BYTES };

/** The message for a refused upload: the field's code when the server names one, else the error's. */
function uploadErrorText(t: Parameters<typeof errorText>[0], error: unknown): string {
  const field = error instanceof ApiError ? error.fields[0] : undefined;
  return field ? fieldErrorText(t, field.path, field.code) : errorText(t, error);
}

/** The child's photo: a preview, choose a new one (uploaded at once), or remove it. */
export function ChildPhotoCard({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const { child } = file;
  const photo = useChildPhoto(child.id, child.photoUpdatedAt, child.photoUpdatedAt !== null);
  const upload = useUploadPhoto(child.id);
  const remove = useDeletePhoto(child.id);
  const [chosen, setChosen] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const storedUrl = useObjectUrl(child.photoUpdatedAt ? photo.data : null);
  const chosenUrl = useObjectUrl(chosen);
  const url = chosenUrl ?? storedUrl;

  const choose = (selected: File | null) => {
    if (!selected || upload.isPending) return;
    setError(null);
    const problem = checkFile(selected, PHOTO_FILES);
    if (problem) {
      setError(fieldErrorText(t, 'photo', problem));
      return;
    }
    setChosen(selected);
    upload.mutate(selected, {
      onSuccess: () => notify(t('families.photo.uploaded'), 'success'),
      onError: (failure) => setError(uploadErrorText(t, failure)),
      onSettled: () => setChosen(null),
    });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="photo-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="photo-title">
          {t('families.photo.title')}
        </Title>
        <Avatar
          src={url}
          alt={url ? t('families.photo.alt', { name: fullName(child) }) : undefined}
          size={128}
          radius="md"
          data-testid="child-photo"
        >
          {child.firstName.charAt(0)}
          {child.lastName.charAt(0)}
        </Avatar>
        {!url && (
          <Text size="sm" c="dimmed">
            {t('families.photo.none')}
          </Text>
        )}
        <Group gap="sm">
          <FileButton onChange={choose} accept={CHILD_PHOTO_TYPES.join(',')}>
            {(props) => (
              <Button {...props} variant="light" loading={upload.isPending}>
                {child.photoUpdatedAt ? t('families.photo.replace') : t('families.photo.choose')}
              </Button>
            )}
          </FileButton>
          {child.photoUpdatedAt && (
            <Button
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => notify(t('families.photo.removed'), 'success'),
                  onError: (failure) => setError(errorText(t, failure)),
                })
              }
            >
              {t('families.photo.remove')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('families.photo.hint', { max: Math.round(CHILD_PHOTO_MAX_BYTES / 1024 / 1024) })}
        </Text>
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
