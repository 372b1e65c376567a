import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { DeclarationForm } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { errorText } from '../../../../lib/translate.ts';
import { SetupPage } from '../components/SetupPage.tsx';
import { DeclarationFormEditor } from './DeclarationFormEditor.tsx';
import {
  useCreateDeclarationForm,
  useDeclarationForms,
  usePublishDeclarationVersion,
  useSetDeclarationFormActive,
} from './queries.ts';

function FormCard({ form }: { form: DeclarationForm }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const publish = usePublishDeclarationVersion(form.id);
  const setActive = useSetDeclarationFormActive(form.id);
  const headingId = `declaration-form-${form.id}`;
  const { current } = form;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="declaration-form"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={3} size="h4" id={headingId}>
              {current.title}
            </Title>
            {!form.active && (
              <Badge variant="light" color="gray">
                {t('declarations.setup.inactive')}
              </Badge>
            )}
          </Group>
          {!editing && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                {t('declarations.setup.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                loading={setActive.isPending}
                onClick={() =>
                  setActive.mutate(!form.active, { onError: (error) => notify(errorText(t, error), 'error') })
                }
              >
                {form.active ? t('declarations.setup.deactivate') : t('declarations.setup.activate')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('declarations.setup.version', {
            version: current.version,
            date: formatDateTime(current.createdAt, currentLocale()),
          })}
        </Text>
        {editing ? (
          <DeclarationFormEditor
            form={form}
            pending={publish.isPending}
            error={publish.error}
            submitLabel={t('declarations.setup.saveVersion')}
            onCancel={() => setEditing(false)}
            onSubmit={(body) =>
              publish.mutate(body, {
                onSuccess: (saved) => {
                  setEditing(false);
                  notify(t('declarations.setup.versioned', { version: saved.current.version }), 'success');
                },
              })
            }
          />
        ) : (
          <>
            {current.description && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {current.description}
              </Text>
            )}
            <List size="sm" spacing={2}>
              {current.fields.map((field) => (
                <List.Item key={field.id}>
                  {field.label} ({t(`declarations.types.${field.type}`)}
                  {field.required ? `, ${t('declarations.setup.requiredShort')}` : ''}
                  {field.type === 'choice' ? `: ${field.options.join(' / ')}` : ''})
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * `/beheer/organisatie/verklaringen` (S7): the declaration forms guardians fill in and sign per child. Organisation
 * admins add forms, edit them (each save a new version) and stop asking them.
 */
export function DeclarationFormsPage() {
  const { t } = useTranslation();
  const forms = useDeclarationForms();
  const create = useCreateDeclarationForm();
  const [adding, setAdding] = useState(false);
  return (
    <SetupPage title={t('declarations.setup.title')}>
      <Text c="dimmed">{t('declarations.setup.intro')}</Text>
      {adding ? (
        <Paper withBorder p="md" radius="md">
          <DeclarationFormEditor
            form={null}
            pending={create.isPending}
            error={create.error}
            submitLabel={t('declarations.setup.save')}
            onCancel={() => setAdding(false)}
            onSubmit={(body) =>
              create.mutate(body, {
                onSuccess: () => {
                  setAdding(false);
                  notify(t('declarations.setup.created'), 'success');
                },
              })
            }
          />
        </Paper>
      ) : (
        <Group>
          <Button onClick={() => setAdding(true)}>{t('declarations.setup.add')}</Button>
        </Group>
      )}
      {renderResult(forms, (list) =>
        list.length === 0 ? (
          <Text c="dimmed">{t('declarations.setup.empty')}</Text>
        ) : (
          <Stack gap="sm">
            {list.map((form) => (
              <FormCard key={form.id} form={form} />
            ))}
          </Stack>
        ),
      )}
    </SetupPage>
  );
}
