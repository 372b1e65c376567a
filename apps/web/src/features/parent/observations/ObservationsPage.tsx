import { Anchor, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorView, Loading, renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, fullName } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ObservationAnswers } from './ObservationAnswers.tsx';
import { useObservation, useOwnObservations } from './queries.ts';

/** One shared observation opened in full: the form's questions with the answers, read-only. */
function OpenObservation({ childId, observationId }: { childId: string; observationId: string }) {
  const { t } = useTranslation();
  const observation = useObservation(childId, observationId);
  if (observation.isPending) return <Loading minHeight={60} />;
  if (observation.isError)
    return <ErrorView error={observation.error} onRetry={() => void observation.refetch()} />;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('observations.by', { name: observation.data.createdByName })}
      </Text>
      <ObservationAnswers fields={observation.data.fields} values={observation.data.values} />
    </Stack>
  );
}

/**
 * `/overig/observaties` (P17, Functies → Observaties): per child the observations the staff shared, newest
 * first; a tap opens one with its questions and answers. Only where the organisation uses observations.
 */
export function ObservationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('observations.title'));
  const observations = useOwnObservations();
  const [open, setOpen] = useState<string | null>(null);
  const locale = currentLocale();
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/overig" size="sm">
        {t('observations.back')}
      </Anchor>
      <Title order={1}>{t('observations.title')}</Title>
      <Text>{t('observations.intro')}</Text>
      {renderResult(observations, (data) =>
        data.children.every((child) => child.observations.length === 0) ? (
          <Text c="dimmed" data-testid="observations-empty">
            {t('observations.empty')}
          </Text>
        ) : (
          data.children.map((child) => (
            <Stack
              key={child.id}
              gap="sm"
              component="section"
              aria-labelledby={`observations-child-${child.id}`}
              data-testid="observations-child"
            >
              <Title order={2} size="h3" id={`observations-child-${child.id}`}>
                {fullName(child)}
              </Title>
              {child.observations.length === 0 && (
                <Text c="dimmed" size="sm">
                  {t('observations.childEmpty')}
                </Text>
              )}
              {child.observations.map((observation) => {
                const isOpen = open === observation.id;
                return (
                  <Paper key={observation.id} withBorder p="md" radius="md" data-testid="observation-card">
                    <UnstyledButton
                      onClick={() => setOpen(isOpen ? null : observation.id)}
                      aria-expanded={isOpen}
                      w="100%"
                    >
                      <Text fw={600}>{observation.formTitle}</Text>
                      <Text size="sm" c="dimmed">
                        {t('observations.observedOn', { date: formatDate(observation.observedOn, locale) })}
                      </Text>
                    </UnstyledButton>
                    {isOpen && (
                      <Stack mt="sm">
                        <OpenObservation childId={child.id} observationId={observation.id} />
                      </Stack>
                    )}
                  </Paper>
                );
              })}
            </Stack>
          ))
        ),
      )}
    </Stack>
  );
}
