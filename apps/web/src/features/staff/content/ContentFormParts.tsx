import { Button, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ContentAudienceOptions, MediaView } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { PaperclipIcon } from '../../../components/icons.tsx';
import { formatFileSize } from '../../../components/media/DocumentList.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import type { PublishChoice } from './content-form.ts';

/** "Doelgroep": the organisation, a location or a group, of those the account may write to. */
export function AudienceSelect({
  options,
  value,
  onChange,
  error,
}: {
  options: ContentAudienceOptions;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const data = [
    ...(options.organisation
      ? [
          {
            group: t('content.audience.organisationGroup'),
            items: [
              {
                value: 'organisation',
                label: t('content.audience.organisation', { name: options.organisationName }),
              },
            ],
          },
        ]
      : []),
    ...(options.locations.length > 0
      ? [
          {
            group: t('content.audience.locations'),
            items: options.locations.map((location) => ({
              value: `location:${location.id}`,
              label: t('content.audience.location', { name: location.name }),
            })),
          },
        ]
      : []),
    ...(options.groups.length > 0
      ? [
          {
            group: t('content.audience.groups'),
            items: options.groups.map((group) => ({
              value: `group:${group.id}`,
              label: t('content.audience.group', { name: group.name, location: group.locationName }),
            })),
          },
        ]
      : []),
  ];
  return (
    <Select
      label={t('content.form.audience')}
      description={t('content.form.audienceHint')}
      placeholder={t('content.form.chooseAudience')}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      allowDeselect={false}
      error={error}
      required
      maw={480}
    />
  );
}

/** "Publiceren": now (or, once published, it stays so), at a later date and time (Amsterdam), or a draft. */
export function PublishFields({
  choice,
  publishedLabel,
  date,
  time,
  onChoice,
  onDate,
  onTime,
  error,
}: {
  choice: PublishChoice;
  /** For an item that is already published: the text of the "now" choice (it keeps its moment). */
  publishedLabel: string | null;
  date: string;
  time: string;
  onChoice: (choice: PublishChoice) => void;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('content.form.publish')}
        value={choice}
        onChange={(next) => onChoice(next as PublishChoice)}
        error={choice === 'later' ? undefined : error}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="now" label={publishedLabel ?? t('content.form.publishNow')} />
          <Radio value="later" label={t('content.form.publishLater')} />
          <Radio value="draft" label={t('content.form.draft')} />
        </Stack>
      </Radio.Group>
      {choice === 'later' && (
        <Stack gap={4}>
          <Group gap="md" align="flex-start">
            <TextInput
              type="date"
              label={t('content.form.date')}
              value={date}
              onChange={(event) => onDate(event.currentTarget.value)}
              error={error}
              w={200}
              required
            />
            <TextInput
              type="time"
              label={t('content.form.time')}
              value={time}
              onChange={(event) => onTime(event.currentTarget.value)}
              w={140}
              required
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t('content.form.timeZoneHint')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** The images and attachments an item already has, each with "Weghalen" (it goes when the item is saved). */
export function KeptMedia({
  images,
  attachments,
  onRemove,
  disabled,
}: {
  images: readonly MediaView[];
  attachments: readonly MediaView[];
  onRemove: (mediaId: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const all = [...images, ...attachments];
  if (all.length === 0) return null;
  return (
    <Stack
      component="ul"
      gap={4}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('content.form.keptMedia')}
    >
      {all.map((media, index) => {
        const document = media.kind === 'document';
        const name = document
          ? (media.fileName ?? t('timeline.documents.unnamed'))
          : t('content.form.imageName', { n: index + 1 });
        return (
          <Group key={media.id} component="li" gap="xs" wrap="nowrap" data-testid="kept-media">
            {document ? (
              <PaperclipIcon style={{ flexShrink: 0 }} />
            ) : (
              media.smallUrl && (
                <img src={media.smallUrl} alt="" width={40} height={40} style={{ objectFit: 'cover' }} />
              )
            )}
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            {document && media.byteSize !== null && (
              <Text size="xs" c="dimmed">
                {formatFileSize(media.byteSize, locale)}
              </Text>
            )}
            {!disabled && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                onClick={() => onRemove(media.id)}
                aria-label={t('timeline.uploads.removeLabel', { name })}
              >
                {t('timeline.uploads.remove')}
              </Button>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
