import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { type Credit, type RequestLineStatus, requestLineStatuses } from '@nestje/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleCard } from '../../../components/ArticleCard.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { StatusBadge } from '../agenda/StatusBadge.tsx';
import {
  type CreditEntry,
  entryText,
  originText,
  remainingText,
  STATE_COLOURS,
  shownEntries,
  signedAmount,
  validityText,
} from './credit-format.ts';

function isLineStatus(status: string): status is RequestLineStatus {
  return (requestLineStatuses as readonly string[]).includes(status);
}

function EntryItem({ credit, entry }: { credit: Credit; entry: CreditEntry }) {
  const { t } = useTranslation();
  const status = entry.kind === 'use' ? entry.requestLine?.status : undefined;
  return (
    <List.Item data-testid="credit-entry">
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{entryText(t, entry, currentLocale())}</Text>
        <Text size="sm" fw={500}>
          {signedAmount(t, credit.unit, entry.amount)}
        </Text>
        {status && isLineStatus(status) && <StatusBadge status={status} />}
      </Group>
    </List.Item>
  );
}

/**
 * One credit (P17, S7): where it came from, what is left of what it was worth, when and in which weeks it can
 * be used, its state, and every use (with its request line and status), refund and correction. `children` adds
 * what staff can do with it.
 */
export function CreditCard({ credit, children }: { credit: Credit; children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = `credit-${credit.id}`;
  const entries = shownEntries(credit);
  return (
    <ArticleCard headingId={headingId} testId="credit">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" id={headingId}>
            {originText(t, credit, locale)}
          </Title>
          <Badge
            color={STATE_COLOURS[credit.state]}
            variant="light"
            data-testid="credit-state"
            style={{ flexShrink: 0, overflow: 'visible' }}
          >
            {t(`credits.state.${credit.state}`)}
          </Badge>
        </Group>
        <Text fw={600} data-testid="credit-remaining">
          {remainingText(t, credit)}
        </Text>
        <Text size="sm">{validityText(t, credit, locale)}</Text>
        {credit.weekType !== 'any' && <Text size="sm">{t(`credits.weekType.${credit.weekType}`)}</Text>}
        {entries.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('credits.entries')}
            </Text>
            <List size="sm" spacing={2}>
              {entries.map((entry) => (
                <EntryItem key={entry.id} credit={credit} entry={entry} />
              ))}
            </List>
          </Stack>
        )}
        {children}
      </Stack>
    </ArticleCard>
  );
}
