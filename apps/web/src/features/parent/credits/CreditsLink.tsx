import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';
import { useMyCredits } from './queries.ts';

/**
 * "Functies → Tegoeden" on the Overig page (P17), where the organisation works with credits, with how many of the
 * children's credits are usable.
 */
export function CreditsLink() {
  const { t } = useTranslation();
  const features = useCurrentMe().features;
  const credits = useMyCredits();
  if (!features.credits) return null;
  const list = credits.data?.credits ?? [];
  const usable = list.filter((credit) => credit.state === 'usable').length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="functions-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="functions-title">
          {t('credits.link.title')}
        </Title>
        <Anchor component={Link} to="/overig/tegoeden" fw={600}>
          {t('credits.link.credits')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {usable > 0 ? t('credits.link.usable', { count: usable }) : t('credits.link.noneUsable')}
        </Text>
      </Stack>
    </Paper>
  );
}
