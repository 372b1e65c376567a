import { List, Stack, Text, Title } from '@mantine/core';
import type { RequestOptions } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatEuros } from '../../../lib/format.ts';
import { useOfferEffect } from '../credits/PaymentChoice.tsx';
import { formatTimes } from './dates.ts';
import type { ChildSummary } from './option-summary.ts';
import { type Choice, policyLines, totalPriceCents } from './request-form.ts';

/**
 * What will be requested, what it costs and how each child's part is paid (invoice, or which credit and what it
 * does to it), with the planning policy in words (P8, B2).
 */
export function RequestSummary({
  options,
  summaries,
  chosen,
}: {
  options: RequestOptions;
  summaries: readonly ChildSummary[];
  chosen: readonly Choice[];
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const effect = useOfferEffect();
  const paymentText = ({ payment, offers }: Choice) => {
    const offer = offers.find((o) => o.creditId === payment);
    return offer
      ? t('credits.payment.summaryCredit', { effect: effect(offer) })
      : t('credits.payment.summaryInvoice');
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="request-summary" data-testid="request-summary">
      <Title order={2} size="h4" id="request-summary">
        {t('agenda.request.summary')}
      </Title>
      {chosen.length === 0 ? (
        <Text c="dimmed">{t('agenda.request.nothingChosen')}</Text>
      ) : (
        <>
          <List spacing={2}>
            {chosen.map((choice) => {
              const { childId, child, option } = choice;
              return (
                <List.Item key={childId} data-testid="summary-line">
                  {t('agenda.request.summaryLine', {
                    child: child.firstName,
                    product: option.name,
                    times: formatTimes(option),
                    dates: t('agenda.request.summaryDates', { count: option.possibleDates.length }),
                  })}
                  {' · '}
                  {formatEuros(option.priceCents, locale)}
                  {' · '}
                  {paymentText(choice)}
                </List.Item>
              );
            })}
          </List>
          <Text fw={600}>
            {t('agenda.request.total', { price: formatEuros(totalPriceCents(chosen), locale) })}
          </Text>
        </>
      )}
      {policyLines(options, summaries).map(({ groupName, policy }) => {
        const values = {
          lead: policy.minLeadHours,
          horizon: policy.horizonDays,
          cancel: policy.cancelDeadlineHours,
        };
        return (
          <Text key={groupName ?? 'all'} size="sm" c="dimmed">
            {groupName === null
              ? t('agenda.request.policy', values)
              : t('agenda.request.policyGroup', { ...values, group: groupName })}
          </Text>
        );
      })}
    </Stack>
  );
}
