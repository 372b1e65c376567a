import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';
import { useMyCredits } from './queries.ts';

/**
 * "Tegoeden" under Functies on the Overig page (P17), where the organisation works with credits, with how many of
 * the children's credits are usable.
 */
export function CreditsLink() {
  const { t } = useTranslation();
  const features = useCurrentMe().features;
  const credits = useMyCredits();
  if (!features.credits) return null;
  const list = credits.data?.credits ?? [];
  const usable = list.filter((credit) => credit.state === 'usable').length;
  return (
    <Stack gap={2}>
      <Anchor component={Link} to="/overig/tegoeden" fw={600}>
        {t('credits.link.credits')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {usable > 0 ? t('credits.link.usable', { count: usable }) : t('credits.link.noneUsable')}
      </Text>
    </Stack>
  );
}
