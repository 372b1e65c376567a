import { Avatar, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Child } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArticleCard } from '../../../components/ArticleCard.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, fullName } from '../../../lib/format.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { useObjectUrl } from '../../../lib/use-object-url.ts';
import { useMyChildPhoto, useMyChildren } from './queries.ts';

function ChildCard({ child }: { child: Child }) {
  const { t } = useTranslation();
  const photo = useMyChildPhoto(child.id);
  const url = useObjectUrl(photo.data);
  const name = fullName(child);
  const today = todayInAmsterdam();
  const headingId = `child-${child.id}`;
  return (
    <ArticleCard headingId={headingId} testId="my-child">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Avatar
          src={url}
          alt={url ? t('families.myChild.photoAlt', { name }) : undefined}
          size={64}
          radius="xl"
        >
          {child.firstName.charAt(0)}
        </Avatar>
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            {name}
          </Title>
          {child.placements.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('families.myChild.noPlacement')}
            </Text>
          ) : (
            child.placements.map((placement) => (
              <Text size="sm" key={placement.id}>
                {t('families.myChild.placement', {
                  group: placement.groupName,
                  location: placement.locationName,
                })}
                {placement.startDate > today && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    {t('families.myChild.from', { date: formatDate(placement.startDate, currentLocale()) })}
                  </Text>
                )}
              </Text>
            ))
          )}
          {child.placements.length > 0 && (
            <Group mt="xs">
              <Button
                component={Link}
                to={`/agenda/afwezigheid?${new URLSearchParams({ kind: child.id, datum: today })}`}
                variant="light"
                size="sm"
                aria-label={t('absence.myChildLabel', { child: child.firstName })}
              >
                {t('absence.myChild')}
              </Button>
            </Group>
          )}
        </Stack>
      </Group>
    </ArticleCard>
  );
}

/** The account's children with photo, group and location (until the timeline takes this page). */
export function MyChildren() {
  const { t } = useTranslation();
  const children = useMyChildren();
  return renderResult(children, ({ children: list }) =>
    list.length === 0 ? (
      <Text c="dimmed">{t('families.myChild.empty')}</Text>
    ) : (
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="section" aria-label={t('families.myChild.listLabel')}>
        {list.map((child) => (
          <ChildCard key={child.id} child={child} />
        ))}
      </SimpleGrid>
    ),
  );
}
