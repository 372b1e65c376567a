import { List, Stack, Text, Title } from '@mantine/core';
import type { AbsencePart } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDayHeader, formatTimes } from '../agenda/dates.ts';
import { type ChildParts, creditOutlook } from './absence-form.ts';
import { creditOutlookText } from './texts.ts';

/** Before "Doorgeven": every chosen day part, and whether reporting it now yields a credit (or why not). */
export function AbsenceSummary({
  chosen,
  childList,
  now,
}: {
  chosen: readonly AbsencePart[];
  childList: readonly ChildParts[];
  now: Date;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (chosen.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="absence-summary" data-testid="absence-summary">
      <Title order={2} size="h4" id="absence-summary">
        {t('absence.form.summary')}
      </Title>
      <List spacing="xs">
        {chosen.map((part) => {
          const child = childList.find((c) => c.childId === part.childId);
          const credit = creditOutlookText(t, creditOutlook(part, now), locale);
          return (
            <List.Item key={`${part.childId}-${part.groupId}-${part.date}-${part.startTime}`}>
              <Text size="sm">
                {t('absence.form.summaryLine', {
                  child: child?.firstName ?? '',
                  date: formatDayHeader(part.date, locale),
                  times: formatTimes(part),
                })}
              </Text>
              {credit && (
                <Text size="sm" c="dimmed" data-testid="absence-credit">
                  {credit}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
