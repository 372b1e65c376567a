import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { DiaryEntry, Post } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ArticleCard } from '../ArticleCard.tsx';
import classes from './media.module.css';
import { PhotoSeries } from './PhotoSeries.tsx';

/** A post of the group's staff: who, when, the text and the series of photos the viewer may see. */
export function PostCard({ post }: { post: Post }) {
  const { t } = useTranslation();
  const headingId = `post-${post.id}`;
  const when = formatDateTime(post.postedAt, currentLocale());
  return (
    <ArticleCard headingId={headingId} testId="timeline-post">
      <Stack gap="xs">
        <div>
          <Title order={2} size="h5" id={headingId}>
            {t('timeline.post.heading', { group: post.groupName })}
          </Title>
          <Text size="xs" c="dimmed">
            {t('timeline.post.byline', { author: post.authorName, when })}
          </Text>
        </div>
        {post.body && <Text className={classes.fullText}>{post.body}</Text>}
        <PhotoSeries
          items={post.photos.map((photo) => ({ media: photo.media, downloadable: photo.downloadable }))}
          label={t('timeline.post.photosLabel', { group: post.groupName, when })}
        />
        {post.hiddenPhotos > 0 && (
          <Text size="sm" c="dimmed">
            {t('timeline.post.hidden', { count: post.hiddenPhotos })}
          </Text>
        )}
      </Stack>
    </ArticleCard>
  );
}

/** A diary entry in the feed: the start of its text and thumbnails; the link opens the entry whole. */
export function DiaryCard({ entry, href }: { entry: DiaryEntry; href: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = `diary-${entry.id}`;
  const when = formatDateTime(entry.writtenAt, currentLocale());
  const images = entry.media.filter((media) => media.smallUrl);
  return (
    <ArticleCard headingId={headingId} testId="timeline-diary">
      {/* A click anywhere on the entry opens it, as in the manual; keyboards and screen readers use the link. */}
      <Stack
        gap="xs"
        style={{ cursor: 'pointer' }}
        onClick={(event) => {
          if (!(event.target as HTMLElement).closest('a, button')) navigate(href);
        }}
      >
        <div>
          <Title order={2} size="h5" id={headingId}>
            {t('timeline.diary.heading', { child: entry.childName })}
          </Title>
          <Text size="xs" c="dimmed">
            {t('timeline.post.byline', { author: entry.authorName, when })}
          </Text>
        </div>
        {entry.body && <Text className={classes.clamp}>{entry.body}</Text>}
        {images.length > 0 && (
          <div className={classes.thumbRow}>
            {images.slice(0, 4).map((media, index) => (
              <img
                key={media.id}
                src={media.smallUrl ?? undefined}
                alt={t('timeline.media.photoName', { n: index + 1, total: entry.media.length })}
                loading="lazy"
                decoding="async"
              />
            ))}
            {entry.media.length > 4 && (
              <Text size="sm" c="dimmed" style={{ alignSelf: 'center' }}>
                {t('timeline.diary.more', { count: entry.media.length - 4 })}
              </Text>
            )}
          </div>
        )}
        <Group>
          <Anchor
            component={Link}
            to={href}
            aria-label={t('timeline.diary.openLabel', { child: entry.childName, when })}
          >
            {t('timeline.diary.open')}
          </Anchor>
        </Group>
      </Stack>
    </ArticleCard>
  );
}
