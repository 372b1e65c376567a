import { Badge, Group, List, Radio, Stack, Text, Title } from '@mantine/core';
import type { RequestOptions } from '@nestje/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatEuros } from '../../../lib/format.ts';
import { PaymentChoice } from '../credits/PaymentChoice.tsx';
import type { CreditOffer, NoCreditReason, PaymentValue } from '../credits/payment-choice.ts';
import { ChildInitial } from './ChildInitial.tsx';
import { formatDayHeader, formatTimes } from './dates.ts';
import type { ChildSummary, GroupSummary, OptionSummary } from './option-summary.ts';
import { refusalText } from './reasons.ts';
import { policyOf } from './request-form.ts';

interface ChildOptionsProps {
  child: ChildSummary;
  colourIndex: number;
  options: RequestOptions;
  value: string;
  onChange: (value: string) => void;
  /** The credits that can pay the chosen day part, and why the child's others cannot. */
  offers: readonly CreditOffer[];
  noCreditReasons: readonly NoCreditReason[];
  payment: PaymentValue;
  onPaymentChange: (value: PaymentValue) => void;
  error?: ReactNode;
  paymentError?: ReactNode;
}

/** One day part to choose from: its times, name and price, or (disabled) why it cannot be requested. */
function OptionRadio({ option, options }: { option: OptionSummary; options: RequestOptions }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const total = options.dates.length;
  const single = total === 1;
  const possible = option.possibleDates.length > 0;
  const policy = policyOf(options, option.groupId);
  const firstRefusal = option.refusals[0];
  let description: ReactNode = null;
  if (single) {
    if (!possible && firstRefusal) description = refusalText(t, firstRefusal, locale, policy);
  } else {
    description = (
      <Stack gap={2}>
        <Text size="sm">{t('agenda.request.possibleOn', { count: option.possibleDates.length, total })}</Text>
        {option.refusals.length > 0 && (
          <>
            <Text size="sm">{t('agenda.request.notOn')}</Text>
            <List size="sm" spacing={0}>
              {option.refusals.map((refusal) => (
                <List.Item key={refusal.date}>
                  {t('agenda.request.refusal', {
                    date: formatDayHeader(refusal.date, locale),
                    reason: refusalText(t, refusal, locale, policy),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    );
  }
  return (
    <Radio
      value={option.value}
      disabled={!possible}
      data-testid="day-part"
      label={
        <Group gap="xs" wrap="wrap">
          <Text span size="sm" fw={500}>
            {formatTimes(option)} {option.name}
          </Text>
          {possible && (
            <Text span size="sm" c="dimmed">
              {formatEuros(option.priceCents, locale)}
            </Text>
          )}
        </Group>
      }
      description={description}
    />
  );
}

/** "Reeds gepland": what the child already has, with times (on one date) or on how many dates (a period). */
function Planned({ group, total }: { group: GroupSummary; total: number }) {
  const { t } = useTranslation();
  if (group.planned.length === 0) return null;
  if (total > 1) {
    return (
      <Text size="sm" c="dimmed">
        {t('agenda.request.plannedOn', { count: group.planned.length, total })}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {group.planned.flatMap(({ date, parts }) =>
        parts.map((part) => (
          <Group key={`${date}-${part.startTime}-${part.productName}`} gap="xs">
            <Text size="sm">{formatTimes(part)}</Text>
            <Badge variant="light" color={part.source === 'pending' ? 'yellow' : 'gray'} size="sm">
              {part.source === 'pending'
                ? t('agenda.request.plannedPending')
                : t('agenda.request.alreadyPlanned')}
            </Badge>
          </Group>
        )),
      )}
    </Stack>
  );
}

/**
 * A child's part of the request (P8): per group what is planned and the day parts, one to choose (or "geen"),
 * each with its price, the others disabled with their reason (B2); then how to pay.
 */
export function ChildOptions({
  child,
  colourIndex,
  options,
  value,
  onChange,
  offers,
  noCreditReasons,
  payment,
  onPaymentChange,
  error,
  paymentError,
}: ChildOptionsProps) {
  const { t } = useTranslation();
  const total = options.dates.length;
  const headingId = `request-child-${child.childId}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-testid="request-child">
      <Group gap="sm">
        <ChildInitial name={child.firstName} index={colourIndex} />
        <Title order={2} size="h4" id={headingId}>
          {child.name}
        </Title>
      </Group>
      <Radio.Group
        label={t('agenda.request.dayParts', { child: child.firstName })}
        value={value}
        onChange={onChange}
        error={error}
      >
        <Stack gap="md" mt="xs">
          {child.groups.map((group) => (
            <Stack key={group.groupId} gap="xs">
              <Text size="sm" fw={600}>
                {group.groupName}
              </Text>
              <Planned group={group} total={total} />
              {group.options.map((option) => (
                <OptionRadio key={option.value} option={option} options={options} />
              ))}
            </Stack>
          ))}
          <Radio value="" label={t('agenda.request.none')} />
        </Stack>
      </Radio.Group>
      {value !== '' && (
        <PaymentChoice
          childName={child.firstName}
          offers={offers}
          reasons={noCreditReasons}
          value={payment}
          onChange={onPaymentChange}
          error={paymentError}
        />
      )}
    </Stack>
  );
}
