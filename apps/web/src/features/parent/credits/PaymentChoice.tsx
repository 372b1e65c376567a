import { Radio, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatCreditAmount, originText } from './credit-format.ts';
import type { CreditOffer, NoCreditReason, PaymentValue } from './payment-choice.ts';

interface PaymentChoiceProps {
  childName: string;
  offers: readonly CreditOffer[];
  /** Why the child's credits cannot pay, when none is offered. */
  reasons: readonly NoCreditReason[];
  value: PaymentValue;
  onChange: (value: PaymentValue) => void;
  error?: ReactNode;
}

/** "Van je tegoed gaat 5 uur 30 af; er blijft 2 uur over." */
export function useOfferEffect() {
  const { t } = useTranslation();
  return (offer: Pick<CreditOffer, 'unit' | 'cost' | 'after'>) =>
    t('credits.payment.effect', {
      cost: formatCreditAmount(t, offer.unit, offer.cost),
      after: formatCreditAmount(t, offer.unit, offer.after),
    });
}

/**
 * How a child's day part is paid (P8): by invoice, or with one of the credits that pay it in full, each saying
 * what it does to the credit; the suggestion (expiring first) is chosen until the parent chooses. No partial
 * or combined payment. Without a fitting credit: invoice, and briefly why the child's credits do not fit.
 */
export function PaymentChoice({ childName, offers, reasons, value, onChange, error }: PaymentChoiceProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const effect = useOfferEffect();
  if (offers.length === 0) {
    return (
      <Stack gap={2} data-testid="payment-choice">
        <Text size="sm">{t('credits.payment.invoiceOnly', { child: childName })}</Text>
        {reasons.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="no-credit-reason">
            {t('credits.payment.noneFits', {
              reasons: reasons.map((reason) => t(`credits.payment.reason.${reason}`)).join('; '),
            })}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Radio.Group
      label={t('credits.payment.label', { child: childName })}
      value={value}
      onChange={onChange}
      error={error}
      data-testid="payment-choice"
    >
      <Stack gap="xs" mt="xs">
        <Radio value="invoice" label={t('credits.payment.invoice')} />
        {offers.map((offer, index) => (
          <Radio
            key={offer.creditId}
            value={offer.creditId}
            label={t(index === 0 ? 'credits.payment.creditSuggested' : 'credits.payment.credit', {
              description: offer.description
                ? originText(t, offer, locale)
                : t('credits.payment.creditUnnamed'),
              amount: formatCreditAmount(t, offer.unit, offer.remaining),
              until: formatDate(offer.validUntil, locale),
            })}
            description={effect(offer)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
