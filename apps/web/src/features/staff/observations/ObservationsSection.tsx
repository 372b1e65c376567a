import { Badge, Button, Group, Paper, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import type { ChildFile, Observation, ObservationSummary } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorView, Loading } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { notify } from '../../../lib/notify.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { ObservationAnswers } from '../../parent/observations/ObservationAnswers.tsx';
import { useChildObservations, useObservation } from '../../parent/observations/queries.ts';
import { ObservationEditor } from './ObservationEditor.tsx';
import { useObservationForms, useShareObservation } from './queries.ts';

/** The switch "Delen met de ouders": only a final observation can be shared; who shared it and when shows below. */
function ShareSwitch({ childId, observation }: { childId: string; observation: Observation }) {
  const { t } = useTranslation();
  const share = useShareObservation(childId, observation.id);
  const shared = observation.shared !== null;
  return (
    <Switch
      label={t('observations.staff.shareLabel')}
      description={
        observation.shared
          ? t('observations.staff.sharedBy', {
              name: observation.shared.byName,
              date: formatDateTime(observation.shared.at, currentLocale()),
            })
          : t('observations.staff.shareHint')
      }
      checked={shared}
      disabled={observation.status !== 'final' || share.isPending}
      onChange={(event) => {
        const next = event.currentTarget.checked;
        share.mutate(next, {
          onSuccess: () =>
            notify(t(next ? 'observations.staff.sharedNow' : 'observations.staff.unsharedNow'), 'success'),
          onError: () => notify(t('errors.unknown'), 'error'),
        });
      }}
    />
  );
}

/** One observation opened: its answers (or, for a draft, the editor) and the share switch. */
function OpenObservation({ childId, summary }: { childId: string; summary: ObservationSummary }) {
  const { t } = useTranslation();
  const observation = useObservation(childId, summary.id);
  const [editing, setEditing] = useState(false);
  if (observation.isPending) return <Loading minHeight={60} />;
  if (observation.isError)
    return <ErrorView error={observation.error} onRetry={() => void observation.refetch()} />;
  const data = observation.data;
  const mayWrite = data.permittedActions.includes('observation.write');
  if (editing) {
    return <ObservationEditor childId={childId} forms={[]} draft={data} onDone={() => setEditing(false)} />;
  }
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {t('observations.by', { name: data.createdByName })} ·{' '}
        {t('observations.staff.version', { version: data.formVersion })}
      </Text>
      <ObservationAnswers fields={data.fields} values={data.values} />
      {mayWrite && data.status === 'draft' && (
        <Group>
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('observations.staff.edit')}
          </Button>
        </Group>
      )}
      {mayWrite && <ShareSwitch childId={childId} observation={data} />}
    </Stack>
  );
}

function ObservationRow({ childId, summary }: { childId: string; summary: ObservationSummary }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="sm" radius="md" component="article" data-testid="staff-observation">
      <UnstyledButton onClick={() => setOpen(!open)} aria-expanded={open} w="100%">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={600}>{summary.formTitle}</Text>
            <Text size="sm" c="dimmed">
              {t('observations.observedOn', { date: formatDate(summary.observedOn, currentLocale()) })}
            </Text>
          </div>
          <Group gap={6}>
            <Badge variant="light" color={summary.status === 'final' ? 'blue' : 'gray'}>
              {t(summary.status === 'final' ? 'observations.staff.final' : 'observations.staff.draft')}
            </Badge>
            <Badge variant="light" color={summary.shared ? 'green' : 'gray'}>
              {t(summary.shared ? 'observations.staff.shared' : 'observations.staff.notShared')}
            </Badge>
          </Group>
        </Group>
      </UnstyledButton>
      {open && (
        <Stack mt="sm">
          <OpenObservation childId={childId} summary={summary} />
        </Stack>
      )}
    </Paper>
  );
}

/**
 * "Observaties" in the child file (S7), where the organisation uses them and the account works with them (group
 * staff, managers and admins; planners do not read observations, and the server refuses them too): the child's
 * observations newest first, each opened in place, and "Nieuwe observatie" for those who may write.
 */
export function ObservationsSection({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const shown = me.features.observations && me.permittedActions.includes('observation.use');
  const childId = file.child.id;
  const observations = useChildObservations(childId, shown);
  const forms = useObservationForms(shown);
  const [adding, setAdding] = useState(false);
  if (!shown) return null;
  const mayWrite = observations.data?.permittedActions.includes('observation.write') ?? false;
  const activeForms = (forms.data?.forms ?? []).filter((form) => form.active);
  return (
    <Stack gap="sm" component="section" aria-labelledby="observations-title" data-testid="child-observations">
      <Group justify="space-between">
        <Title order={2} size="h3" id="observations-title">
          {t('observations.staff.sectionTitle')}
        </Title>
        {mayWrite && !adding && activeForms.length > 0 && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('observations.staff.new')}
          </Button>
        )}
      </Group>
      {mayWrite && forms.isSuccess && activeForms.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('observations.staff.noForms')}
        </Text>
      )}
      {adding && <ObservationEditor childId={childId} forms={activeForms} onDone={() => setAdding(false)} />}
      {observations.isPending && <Loading minHeight={80} />}
      {observations.isError && (
        <ErrorView error={observations.error} onRetry={() => void observations.refetch()} />
      )}
      {observations.data?.observations.length === 0 && !adding && (
        <Text c="dimmed" size="sm">
          {t('observations.staff.none')}
        </Text>
      )}
      {observations.data?.observations.map((summary) => (
        <ObservationRow key={summary.id} childId={childId} summary={summary} />
      ))}
    </Stack>
  );
}
