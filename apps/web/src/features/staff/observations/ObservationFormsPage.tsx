import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ObservationForm } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../../components/QueryResult.tsx';
import { useCurrentMe } from '../../account/me-context.ts';
import { SetupPage } from '../setup/components/SetupPage.tsx';
import { ObservationFormEditor } from './ObservationFormEditor.tsx';
import { useObservationForms } from './queries.ts';

function FormCard({ form }: { form: ObservationForm }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) return <ObservationFormEditor form={form} onDone={() => setEditing(false)} />;
  const headingId = `observation-form-${form.id}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="observation-form"
    >
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} size="h4" id={headingId}>
              {form.title}
            </Title>
            {!form.active && (
              <Badge variant="light" color="gray">
                {t('observations.forms.inactive')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('observations.forms.version', { version: form.current.version })} ·{' '}
            {t('observations.forms.fieldCount', { count: form.current.fields.length })}
          </Text>
          <Text size="sm">
            {form.current.fields
              .map((field) => `${field.label} (${t(`observations.kinds.${field.kind}`)})`)
              .join(', ')}
          </Text>
        </Stack>
        <Button size="xs" variant="light" onClick={() => setEditing(true)}>
          {t('observations.forms.edit')}
        </Button>
      </Group>
    </Paper>
  );
}

/**
 * `/beheer/organisatie/observatieformulieren` (organisation admins): the forms of the child-tracking system,
 * with their current version; a new form, and changing one (changed fields make a new version).
 */
export function ObservationFormsPage() {
  const { t } = useTranslation();
  const on = useCurrentMe().features.observations;
  const forms = useObservationForms(on);
  const [adding, setAdding] = useState(false);
  return (
    <SetupPage title={t('observations.forms.title')}>
      <Text c="dimmed">{t('observations.forms.intro')}</Text>
      {!on ? (
        <Alert color="yellow" variant="light">
          {t('observations.forms.featureOff')}
        </Alert>
      ) : (
        <>
          {adding ? (
            <ObservationFormEditor onDone={() => setAdding(false)} />
          ) : (
            <Group>
              <Button onClick={() => setAdding(true)}>{t('observations.forms.new')}</Button>
            </Group>
          )}
          {renderResult(forms, (data) =>
            data.forms.length === 0 ? (
              <Text c="dimmed">{t('observations.forms.none')}</Text>
            ) : (
              <Stack gap="sm">
                {data.forms.map((form) => (
                  <FormCard key={form.id} form={form} />
                ))}
              </Stack>
            ),
          )}
        </>
      )}
    </SetupPage>
  );
}
