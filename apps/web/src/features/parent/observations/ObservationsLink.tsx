import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';

/** "Functies → Observaties" on the Overig page (P17), only where the organisation uses observations. */
export function ObservationsLink() {
  const { t } = useTranslation();
  if (!useCurrentMe().features.observations) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="observations-link-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="observations-link-title">
          {t('observations.title')}
        </Title>
        <Anchor component={Link} to="/overig/observaties" fw={600}>
          {t('observations.link')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('observations.linkHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
