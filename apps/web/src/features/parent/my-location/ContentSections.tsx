import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { type ContentKind, contentItemPath, contentPaths } from '@nestje/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { ContentList } from './ContentList.tsx';
import { SECTION_SIZE, useContentSection } from './content-queries.ts';
import { KIND_TEXTS } from './content-text.ts';

/**
 * Nieuws or Nieuwsbrief on Mijn locatie: the three most recent items addressed to the family, and "Alle
 * bekijken" when there are more.
 */
function LatestSection({ kind }: { kind: 'news' | 'newsletter' }) {
  const { t } = useTranslation();
  const headingId = useId();
  const texts = KIND_TEXTS[kind];
  // One more than shown: whether it came decides "Alle bekijken", however the server pages.
  const latest = useContentSection(kind, SECTION_SIZE + 1);
  const more = (latest.data?.items.length ?? 0) > SECTION_SIZE || Boolean(latest.data?.nextBefore);
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline">
        <Title order={2} id={headingId}>
          {t(`content.${texts}.heading`)}
        </Title>
        {more && (
          <Anchor component={Link} to={contentPaths[kind]} aria-label={t(`content.${texts}.allLabel`)}>
            {t('content.all')}
          </Anchor>
        )}
      </Group>
      {renderResult(latest, ({ items }) =>
        items.length === 0 ? (
          <Text c="dimmed">{t(`content.${texts}.empty`)}</Text>
        ) : (
          <ContentList items={items.slice(0, SECTION_SIZE)} label={t(`content.${texts}.listLabel`)} />
        ),
      )}
    </Stack>
  );
}

export function NewsSection() {
  return <LatestSection kind="news" />;
}

export function NewslettersSection() {
  return <LatestSection kind="newsletter" />;
}

/** Informatiepagina's on Mijn locatie, only when the organisation has any for the family: their titles, in order. */
export function InfoPagesSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const kind: ContentKind = 'info_page';
  const pages = useContentSection(kind, 50);
  const items = pages.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {t('content.infoPages.heading')}
      </Title>
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
        {items.map((item) => (
          <li key={item.id}>
            <Anchor component={Link} to={contentItemPath(item.kind, item.id)}>
              {item.title}
            </Anchor>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
