import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDayHeader, formatTimes } from '../agenda/dates.ts';
import { type ChosenSwap, lapseMinutes, lapseText, type WantedPart } from './swap-form.ts';

/** Per child what is given up, what is wanted and what lapses, before "Indienen". */
export function SwapSummary({
  chosen,
  wanted,
}: {
  chosen: readonly ChosenSwap[];
  wanted: (swap: ChosenSwap) => WantedPart | undefined;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (chosen.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      data-testid="swap-summary"
      aria-labelledby="swap-summary-title"
      component="section"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="swap-summary-title">
          {t('swap.summary')}
        </Title>
        {chosen.map((swap) => {
          const take = wanted(swap);
          const lapse = take ? lapseText(t, lapseMinutes(swap.part, take)) : null;
          return (
            <Stack key={swap.key} gap={0} data-testid="swap-summary-child">
              <Text fw={600}>{swap.child.firstName}</Text>
              <Text size="sm">
                {t('swap.summaryGive', {
                  date: formatDayHeader(swap.date, locale),
                  times: formatTimes(swap.part),
                  product: swap.part.productName,
                })}
              </Text>
              <Text size="sm">
                {take
                  ? t('swap.summaryTake', {
                      date: formatDayHeader(swap.wantedDate, locale),
                      times: formatTimes(take),
                      product: take.name,
                    })
                  : t('swap.summaryNoTake')}
              </Text>
              {lapse && (
                <Text size="sm" fw={500} data-testid="swap-lapse">
                  {lapse}
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
