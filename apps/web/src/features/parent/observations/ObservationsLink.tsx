import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';

/** "Observaties" under Functies on the Overig page (P17), only where the organisation uses observations. */
export function ObservationsLink() {
  const { t } = useTranslation();
  if (!useCurrentMe().features.observations) return null;
  return (
    <Stack gap={2}>
      <Anchor component={Link} to="/overig/observaties" fw={600}>
        {t('observations.title')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('observations.linkHint')}
      </Text>
    </Stack>
  );
}
