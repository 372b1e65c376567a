import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../account/me-context.ts';
import { CreditsLink } from './credits/CreditsLink.tsx';
import { ObservationsLink } from './observations/ObservationsLink.tsx';

/**
 * "Functies" on the Overig page (P17): Tegoeden and Observaties, each where the organisation uses it; the card is
 * absent when it uses neither.
 */
export function FunctionsCard() {
  const { t } = useTranslation();
  const { features } = useCurrentMe();
  if (!features.credits && !features.observations) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="functions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="functions-title">
          {t('credits.link.title')}
        </Title>
        <CreditsLink />
        <ObservationsLink />
      </Stack>
    </Paper>
  );
}
