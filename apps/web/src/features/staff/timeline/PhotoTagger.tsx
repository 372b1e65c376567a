import { Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { MediaView, TaggableChild } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { translateFirst } from '../../../lib/translate.ts';
import type { PhotoTags } from './tags.ts';
import classes from './timeline.module.css';

interface PhotoTaggerProps {
  media: MediaView;
  /** 1-based place of the photo in the post, and the post's number of photos. */
  n: number;
  total: number;
  childList: readonly TaggableChild[];
  tags: PhotoTags;
  onToggle: (childId: string, on: boolean) => void;
  onDownloadable: (downloadable: boolean) => void;
}

function ConsentBadges({ child }: { child: TaggableChild }) {
  const { t } = useTranslation();
  if (!child.photoConsent)
    return (
      <Badge color="red" variant="light" size="sm">
        {t('timeline.staff.consent.noPhoto')}
      </Badge>
    );
  if (!child.otherFamiliesConsent)
    return (
      <Badge color="orange" variant="light" size="sm">
        {t('timeline.staff.consent.noOtherFamilies')}
      </Badge>
    );
  return (
    <Badge color="green" variant="light" size="sm">
      {t('timeline.staff.consent.all')}
    </Badge>
  );
}

/**
 * One uploaded photo with the group's children to tag in it, each with its consent state; a refused tag shows its
 * reason next to the child as soon as it is known.
 */
export function PhotoTagger({
  media,
  n,
  total,
  childList,
  tags,
  onToggle,
  onDownloadable,
}: PhotoTaggerProps) {
  const { t } = useTranslation();
  const photoName = t('timeline.media.photoName', { n, total });
  return (
    <Paper withBorder p="sm" radius="md" data-testid="photo-tagger">
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          {media.smallUrl && <img className={classes.preview} src={media.smallUrl} alt={photoName} />}
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <fieldset className={classes.fieldset}>
              <legend className={classes.legend}>{t('timeline.staff.tagsLegend', { n })}</legend>
              <Stack gap={6}>
                {childList.map((child) => {
                  const refusal = tags.refusals.find((candidate) => candidate.childId === child.id);
                  const name = `${child.firstName} ${child.lastName}`;
                  return (
                    <Stack key={child.id} gap={2}>
                      <Group gap="xs" wrap="wrap">
                        <Checkbox
                          label={name}
                          aria-label={t('timeline.staff.tagLabel', { name, n })}
                          checked={tags.childIds.includes(child.id)}
                          onChange={(event) => onToggle(child.id, event.currentTarget.checked)}
                          error={refusal ? true : undefined}
                        />
                        <ConsentBadges child={child} />
                      </Group>
                      {refusal && (
                        <Text size="sm" c="red" role="alert" data-testid="tag-refusal">
                          {t('timeline.staff.refused', {
                            name: child.firstName,
                            reason: translateFirst(
                              t,
                              [`timeline.refusals.${refusal.reason}`],
                              'errors.unknown',
                            ),
                          })}
                        </Text>
                      )}
                    </Stack>
                  );
                })}
              </Stack>
            </fieldset>
            {tags.checking && (
              <Text size="xs" c="dimmed" role="status">
                {t('timeline.staff.checking')}
              </Text>
            )}
            {tags.photoError && (
              <Text size="sm" c="red" role="alert">
                {translateFirst(
                  t,
                  [`timeline.refusals.${tags.photoError}`, `timeline.staff.photoErrors.${tags.photoError}`],
                  'errors.unknown',
                )}
              </Text>
            )}
            <Checkbox
              label={t('timeline.staff.downloadable')}
              aria-label={t('timeline.staff.downloadableLabel', { n })}
              checked={tags.downloadable}
              onChange={(event) => onDownloadable(event.currentTarget.checked)}
            />
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}
