import { Anchor, Stack, Text, Title } from '@mantine/core';
import { type ContentItem, contentPaths } from '@nestje/contract';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentList } from '../../../components/media/DocumentList.tsx';
import { PhotoSeries } from '../../../components/media/PhotoSeries.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ContentList, LoadMore } from './ContentList.tsx';
import { useContentItem, useContentPages } from './content-queries.ts';
import { KIND_TEXTS, publishedDate } from './content-text.ts';
import { RichText } from './RichText.tsx';

function BackToMyLocation() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/mijn-locatie" size="sm">
      {t('content.backToMyLocation')}
    </Anchor>
  );
}

/** "Alle bekijken" (`/mijn-locatie/nieuws`, `/mijn-locatie/nieuwsbrieven`): every item, newest first. */
export function ContentListPage({ kind }: { kind: 'news' | 'newsletter' }) {
  const { t } = useTranslation();
  const texts = KIND_TEXTS[kind];
  usePageTitle(t(`content.${texts}.title`));
  const pages = useContentPages(kind);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const more = useCallback(() => {
    if (!isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, isFetchingNextPage]);
  return (
    <Stack gap="md" maw={720}>
      <BackToMyLocation />
      <Title order={1}>{t(`content.${texts}.title`)}</Title>
      {renderResult(pages, (data) => {
        const items = data.pages.flatMap((page) => page.items);
        if (items.length === 0) return <Text c="dimmed">{t(`content.${texts}.empty`)}</Text>;
        return (
          <Stack gap="sm">
            <ContentList items={items} label={t(`content.${texts}.listLabel`)} />
            <LoadMore hasMore={hasNextPage} loading={isFetchingNextPage} onMore={more} />
          </Stack>
        );
      })}
    </Stack>
  );
}

function ItemContent({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  usePageTitle(item.title);
  const photos = item.images.filter((media) => media.kind === 'image');
  return (
    <Stack component="article" gap="md" aria-labelledby="content-title">
      <div>
        <Title order={1} id="content-title" style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Title>
        {item.kind !== 'info_page' && item.publishedAt && (
          <Text size="sm" c="dimmed">
            {t('content.item.published', {
              date: publishedDate(item.publishedAt, currentLocale()),
              audience: item.audienceName,
            })}
          </Text>
        )}
      </div>
      <RichText html={item.bodyHtml} />
      <PhotoSeries
        items={photos.map((media) => ({ media, downloadable: true }))}
        label={t('content.item.photosLabel', { title: item.title })}
      />
      {item.attachments.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('content.item.attachments')}
          </Title>
          <DocumentList
            documents={item.attachments}
            label={t('content.item.attachmentsLabel', { title: item.title })}
          />
        </Stack>
      )}
      {item.kind !== 'info_page' && (
        <Anchor component={Link} to={contentPaths[item.kind]} size="sm">
          {t(`content.${KIND_TEXTS[item.kind]}.allLink`)}
        </Anchor>
      )}
    </Stack>
  );
}

/** One news item, newsletter or information page in full: text, images and the attachments to download. */
export function ContentItemPage() {
  const { contentId = '' } = useParams();
  const item = useContentItem(contentId);
  return (
    <Stack gap="md" maw={720}>
      <BackToMyLocation />
      {renderResult(item, (data) => (
        <ItemContent item={data} />
      ))}
    </Stack>
  );
}
