import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import type { Observation, ObservationField, ObservationForm, ObservationValues } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { ApiError } from '../../../lib/api.ts';
import { notify } from '../../../lib/notify.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { translateFirst } from '../../../lib/translate.ts';
import { ObservationFieldInput } from './ObservationFieldInput.tsx';
import { useCreateObservation, useUpdateObservation } from './queries.ts';

type Status = 'draft' | 'final';

/** The answer's problems by field key (`values.<key>` in the answer), in words. */
export function valueErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const field of error.fields) {
    const key = field.path.startsWith('values.') ? field.path.slice('values.'.length) : field.path;
    errors[key] = translateFirst(t, [`observations.staff.fieldErrors.${field.code}`], 'fields.invalid');
  }
  return errors;
}

/** The required fields left empty, which a final observation needs. */
export function missingRequired(fields: readonly ObservationField[], values: ObservationValues): string[] {
  return fields
    .filter((field) => field.required)
    .filter((field) => {
      const value = values[field.key];
      return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    })
    .map((field) => field.key);
}

interface EditorProps {
  childId: string;
  /** The active forms, to choose one for a new observation. */
  forms: readonly ObservationForm[];
  /** A draft to go on with; none for a new observation. */
  draft?: Observation;
  onDone: () => void;
}

/**
 * Filling in an observation for a child (S7): for a new one the form and the date, then a field per question.
 * "Opslaan als concept" keeps it for later (incomplete is fine); "Definitief maken" needs every required field
 * and fixes the answers, after which it can be shared with the guardians.
 */
export function ObservationEditor({ childId, forms, draft, onDone }: EditorProps) {
  const { t } = useTranslation();
  const [formId, setFormId] = useState<string | null>(draft?.formId ?? forms[0]?.id ?? null);
  const [observedOn, setObservedOn] = useState<string>(draft?.observedOn ?? todayInAmsterdam());
  const [values, setValues] = useState<ObservationValues>(draft?.values ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateObservation(childId);
  const update = useUpdateObservation(childId, draft?.id ?? '');
  const mutation = draft ? update : create;
  const chosen = forms.find((form) => form.id === formId);
  const fields = draft?.fields ?? chosen?.current.fields ?? [];

  const save = (status: Status) => {
    if (mutation.isPending) return;
    if (status === 'final') {
      const missing = missingRequired(fields, values);
      if (missing.length > 0) {
        setErrors(
          Object.fromEntries(missing.map((key) => [key, t('observations.staff.fieldErrors.required')])),
        );
        return;
      }
    }
    setErrors({});
    const onSuccess = () => {
      notify(
        t(status === 'final' ? 'observations.staff.savedFinal' : 'observations.staff.savedDraft'),
        'success',
      );
      onDone();
    };
    const onError = (error: Error) => setErrors(valueErrors(error, t));
    if (draft) update.mutate({ observedOn, status, values }, { onSuccess, onError });
    else if (chosen) {
      create.mutate({ formVersionId: chosen.current.id, observedOn, status, values }, { onSuccess, onError });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0" data-testid="observation-editor">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {draft ? draft.formTitle : t('observations.staff.new')}
        </Title>
        <Group grow align="flex-start">
          {!draft && (
            <Select
              label={t('observations.staff.form')}
              data={forms.map((form) => ({ value: form.id, label: form.title }))}
              value={formId}
              allowDeselect={false}
              onChange={(id) => {
                setFormId(id);
                setValues({});
                setErrors({});
              }}
            />
          )}
          <TextInput
            type="date"
            required
            label={t('observations.staff.date')}
            value={observedOn}
            error={errors.observedOn}
            onChange={(event) => setObservedOn(event.currentTarget.value)}
          />
        </Group>
        {fields.map((field) => (
          <ObservationFieldInput
            key={`${formId}-${field.key}`}
            field={field}
            value={values[field.key]}
            error={errors[field.key]}
            onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
          />
        ))}
        <FormErrorAlert error={mutation.error} />
        <Group>
          <Button variant="default" onClick={() => save('draft')} loading={mutation.isPending}>
            {t('observations.staff.saveDraft')}
          </Button>
          <Button onClick={() => save('final')} loading={mutation.isPending}>
            {t('observations.staff.saveFinal')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('observations.staff.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
