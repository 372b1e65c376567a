import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ChildFile } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorView, Loading } from '../../../../components/QueryResult.tsx';
import { CreditCard } from '../../../parent/credits/CreditCard.tsx';
import { CorrectCreditForm } from './CorrectCreditForm.tsx';
import { GrantCreditForm } from './GrantCreditForm.tsx';
import { useChildCredits, useCreditsShown } from './queries.ts';

/**
 * "Tegoeden" in the child file (S7): the child's credits with the same facts the parents see, granting one and
 * correcting one where the account may. Hidden when the organisation does not work with credits.
 */
export function CreditsSection({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const childId = file.child.id;
  const credits = useChildCredits(childId);
  const shown = useCreditsShown();
  const [granting, setGranting] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  if (!shown) return null;
  const mayGrant = file.permittedActions.includes('child.update');
  return (
    <Stack gap="sm" component="section" aria-labelledby="credits-title" data-testid="child-credits">
      <Group justify="space-between">
        <Title order={2} size="h3" id="credits-title">
          {t('credits.staff.title')}
        </Title>
        {mayGrant && !granting && (
          <Button variant="light" onClick={() => setGranting(true)}>
            {t('credits.staff.grant')}
          </Button>
        )}
      </Group>
      {granting && <GrantCreditForm childId={childId} onDone={() => setGranting(false)} />}
      {credits.isPending && <Loading minHeight={80} />}
      {credits.isError && <ErrorView error={credits.error} onRetry={() => void credits.refetch()} />}
      {credits.data?.credits.length === 0 && !granting && (
        <Text c="dimmed" size="sm">
          {t('credits.staff.none')}
        </Text>
      )}
      {credits.data?.credits.map((credit) => (
        <CreditCard key={credit.id} credit={credit}>
          {credit.permittedActions.includes('credit.correct') &&
            (correcting === credit.id ? (
              <CorrectCreditForm credit={credit} onDone={() => setCorrecting(null)} />
            ) : (
              <Group>
                <Button size="xs" variant="light" onClick={() => setCorrecting(credit.id)}>
                  {t('credits.staff.correct')}
                </Button>
              </Group>
            ))}
        </CreditCard>
      ))}
    </Stack>
  );
}
