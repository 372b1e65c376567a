import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { useChildDetails } from './declarations-queries.ts';

/** The mentor and the current and upcoming placements (group, type, care products) of a child (P17). */
export function ChildDetailsSection({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const details = useChildDetails(childId);
  const locale = currentLocale();
  return (
    <Stack gap="sm" component="section" aria-labelledby="child-details-title" data-testid="child-details">
      <Title order={2} size="h3" id="child-details-title">
        {t('guardianData.child.title')}
      </Title>
      {renderResult(details, (data) => (
        <Stack gap="xs">
          <Text size="sm" data-testid="child-mentor">
            <Text span fw={600}>
              {t('guardianData.child.mentor')}:
            </Text>{' '}
            {data.mentorName ?? t('guardianData.child.noMentor')}
          </Text>
          <Text size="sm" fw={600}>
            {t('guardianData.child.placements')}
          </Text>
          {data.placements.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('guardianData.child.noPlacements')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {data.placements.map((p) => (
                <List.Item key={p.id} data-testid="child-placement">
                  {t('guardianData.child.placement', { group: p.groupName, location: p.locationName })}
                  {' · '}
                  {t('guardianData.child.type', { type: p.placementType })}
                  {p.careProducts.length > 0 &&
                    ` · ${t('guardianData.child.products', { products: p.careProducts.join(', ') })}`}
                  {' · '}
                  {p.endDate
                    ? t('guardianData.child.periodEnd', {
                        start: formatDate(p.startDate, locale),
                        end: formatDate(p.endDate, locale),
                      })
                    : t('guardianData.child.period', { start: formatDate(p.startDate, locale) })}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
