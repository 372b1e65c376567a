import { Alert, Button, Group, Loader, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { ContentAudienceOptions, ContentKind, MediaView, StaffContentItem } from '@nestje/contract';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { UploadList } from '../../../components/media/UploadList.tsx';
import { useUploads } from '../../../components/media/use-uploads.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { ApiError } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { translateFirst } from '../../../lib/translate.ts';
import { AudienceSelect, KeptMedia, PublishFields } from './ContentFormParts.tsx';

/** The rich text editor (tiptap) is large: fetched when a form opens, so parents never download it. */
const ContentEditor = lazy(async () => ({ default: (await import('./ContentEditor.tsx')).ContentEditor }));

import {
  type ContentFormValues,
  contentBody,
  formField,
  initialValues,
  validateContent,
} from './content-form.ts';
import { useCreateContent, useUpdateContent } from './queries.ts';

type Errors = Record<string, string>;

/** The translated message of a field code, the form's own texts first. */
function useFieldText() {
  const { t } = useTranslation();
  return (field: string, code: string) =>
    translateFirst(
      t,
      [`content.fieldErrors.${field}.${code}`, `fields.${code}`, `errors.${code}`],
      'fields.invalid',
    );
}

/** The server's field errors, each at its field on the form (a list entry at the images and attachments). */
function serverErrors(error: unknown, text: (field: string, code: string) => string): Errors {
  if (!(error instanceof ApiError)) return {};
  const errors: Errors = {};
  for (const { path, code } of error.fields) {
    const field = formField(path);
    errors[field] ??= text(field, code);
  }
  return errors;
}

interface ContentFormProps {
  kind: ContentKind;
  options: ContentAudienceOptions;
  /** The item to change; none for a new one. */
  item?: StaffContentItem;
  onSaved: (saved: { id: string; status: StaffContentItem['status'] }) => void;
  onCancel: () => void;
}

/**
 * Writing or changing a news item, newsletter or information page (S6): title, rich text, audience, publish
 * moment, and images and PDF attachments through the upload pipeline. A read-only item (outside the account's
 * scope to write) shows the same fields without a way to save.
 */
export function ContentForm({ kind, options, item, onSaved, onCancel }: ContentFormProps) {
  const { t } = useTranslation();
  const fieldText = useFieldText();
  const create = useCreateContent();
  const update = useUpdateContent(item?.id ?? '');
  const mutation = item ? update : create;
  const readOnly = item !== undefined && !item.editable;
  const uploads = useUploads({ documents: true });
  const [values, setValues] = useState<ContentFormValues>(() => initialValues(item, options));
  const [kept, setKept] = useState<MediaView[]>(() => (item ? [...item.images, ...item.attachments] : []));
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);

  const set = <K extends keyof ContentFormValues>(
    key: K,
    value: ContentFormValues[K],
    field: string = key,
  ) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [field]: '' }));
  };

  // New uploads follow the ones the item keeps; a PDF is an attachment, anything else an image.
  const uploaded = uploads.items.flatMap((upload) =>
    upload.status === 'done' && upload.media ? [upload.media] : [],
  );
  const all = [...kept, ...uploaded];
  const media = {
    images: all.filter((medium) => medium.kind !== 'document'),
    attachments: all.filter((medium) => medium.kind === 'document'),
  };

  const submit = () => {
    setGeneral(null);
    if (uploads.busy) return setGeneral(t('content.form.waitForUploads'));
    const codes = validateContent(values, {
      images: media.images.length,
      attachments: media.attachments.length,
    });
    const found: Errors = {};
    for (const [field, code] of Object.entries(codes)) found[field] = fieldText(field, code);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    mutation.reset();
    mutation.mutate(contentBody(kind, values, media, item), {
      onSuccess: (saved) => onSaved(saved),
      onError: (error) => setErrors(serverErrors(error, fieldText)),
    });
  };

  const publishedLabel =
    item?.status === 'published' && item.publishedAt
      ? t('content.form.stayPublished', { when: formatDateTime(item.publishedAt, currentLocale()) })
      : null;
  const shown = (field: string) => errors[field] || undefined;
  return (
    <form
      noValidate
      aria-label={t(item ? 'content.form.editTitle' : 'content.form.newTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) submit();
      }}
    >
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md" maw={800}>
          {readOnly && (
            <Alert color="gray" variant="light">
              {t('content.form.readOnly')}
            </Alert>
          )}
          <TextInput
            label={t('content.form.title')}
            maxLength={200}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={shown('title')}
            required
          />
          <Suspense fallback={<Loader size="sm" aria-label={t('content.form.body')} />}>
            <ContentEditor
              label={t('content.form.body')}
              initialHtml={values.bodyHtml}
              onChange={(html) => set('bodyHtml', html)}
              error={shown('bodyHtml')}
              readOnly={readOnly}
            />
          </Suspense>
          <AudienceSelect
            options={options}
            value={values.audience}
            onChange={(value) => set('audience', value)}
            error={shown('audience')}
          />
          <PublishFields
            choice={values.publish}
            publishedLabel={publishedLabel}
            date={values.date}
            time={values.time}
            onChoice={(choice) => set('publish', choice, 'publishAt')}
            onDate={(date) => set('date', date, 'publishAt')}
            onTime={(time) => set('time', time, 'publishAt')}
            error={shown('publishAt')}
          />
          {kind === 'info_page' && (
            <NumberInput
              label={t('content.form.position')}
              description={t('content.form.positionHint')}
              min={0}
              max={10000}
              allowDecimal={false}
              value={values.position}
              onChange={(value) => set('position', typeof value === 'number' ? value : 0)}
              error={shown('position')}
              maw={200}
            />
          )}
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('content.form.media')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('content.form.mediaHint')}
            </Text>
            <KeptMedia
              images={kept.filter((medium) => medium.kind !== 'document')}
              attachments={kept.filter((medium) => medium.kind === 'document')}
              onRemove={(mediaId) => setKept((list) => list.filter((medium) => medium.id !== mediaId))}
              disabled={readOnly}
            />
            {!readOnly && <UploadList uploads={uploads} documents disabled={mutation.isPending} />}
            {shown('media') && (
              <Text size="sm" c="red" role="alert">
                {shown('media')}
              </Text>
            )}
          </Stack>
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <FormErrorAlert error={mutation.error} />
          <Group>
            {!readOnly && (
              <Button type="submit" loading={mutation.isPending} disabled={uploads.busy}>
                {t(item ? 'content.form.save' : 'content.form.create')}
              </Button>
            )}
            <Button variant="default" onClick={onCancel}>
              {t(readOnly ? 'content.form.back' : 'common.cancel')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </form>
  );
}
