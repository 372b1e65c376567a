import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  createObservationFormBodySchema,
  type ObservationForm,
  observationFieldKinds,
} from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { apiFieldErrors, validateWith } from '../../../lib/form-errors.ts';
import { notify } from '../../../lib/notify.ts';
import { type EditableField, emptyField, toEditable, toFieldBody } from './form-fields.ts';
import { useCreateObservationForm, useUpdateObservationForm } from './queries.ts';

function FieldEditor({
  field,
  index,
  errors,
  onChange,
  onRemove,
}: {
  field: EditableField;
  index: number;
  errors: Record<string, string>;
  onChange: (field: EditableField) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const error = (part: string) => errors[`fields.${index}.${part}`];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="form-field-editor">
      <Stack gap="xs">
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('observations.forms.label')}
            required
            value={field.label}
            error={error('label') ?? error('key')}
            onChange={(event) => onChange({ ...field, label: event.currentTarget.value })}
          />
          <Select
            w={160}
            label={t('observations.forms.kind')}
            data={observationFieldKinds.map((kind) => ({
              value: kind,
              label: t(`observations.kinds.${kind}`),
            }))}
            allowDeselect={false}
            value={field.kind}
            onChange={(kind) => kind && onChange({ ...field, kind: kind as EditableField['kind'] })}
          />
          {onRemove && (
            <CloseButton aria-label={t('observations.forms.removeField')} onClick={onRemove} mb={6} />
          )}
        </Group>
        {field.kind === 'choice' && (
          <Textarea
            label={t('observations.forms.options')}
            rows={3}
            value={field.optionsText}
            error={error('options')}
            onChange={(event) => onChange({ ...field, optionsText: event.currentTarget.value })}
          />
        )}
        {field.kind === 'scale' && (
          <SimpleGrid cols={2}>
            <TextInput
              label={t('observations.forms.lowLabel')}
              value={field.lowLabel}
              onChange={(event) => onChange({ ...field, lowLabel: event.currentTarget.value })}
            />
            <TextInput
              label={t('observations.forms.highLabel')}
              value={field.highLabel}
              onChange={(event) => onChange({ ...field, highLabel: event.currentTarget.value })}
            />
          </SimpleGrid>
        )}
        <Checkbox
          label={t('observations.forms.required')}
          checked={field.required}
          onChange={(event) => onChange({ ...field, required: event.currentTarget.checked })}
        />
      </Stack>
    </Paper>
  );
}

/**
 * Creating a form or changing one (organisation admins): the title, whether it is active, and its fields. Saving
 * changed fields publishes a new version; observations already filled in keep the version they answered.
 */
export function ObservationFormEditor({ form, onDone }: { form?: ObservationForm; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(form?.title ?? '');
  const [active, setActive] = useState(form?.active ?? true);
  const [fields, setFields] = useState<EditableField[]>(
    form ? form.current.fields.map(toEditable) : [emptyField([])],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateObservationForm();
  const update = useUpdateObservationForm(form?.id ?? '');
  const mutation = form ? update : create;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const body = { title, fields: fields.map(toFieldBody) };
    const found = validateWith(createObservationFormBodySchema, body, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const onError = (error: Error) => setErrors(apiFieldErrors(error, t));
    const onSuccess = () => {
      notify(t(form ? 'observations.forms.saved' : 'observations.forms.created'), 'success');
      onDone();
    };
    if (form) update.mutate({ ...body, active }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {form ? form.title : t('observations.forms.new')}
        </Title>
        <TextInput
          label={t('observations.forms.formTitle')}
          required
          value={title}
          error={errors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        {form && (
          <Switch
            label={t('observations.forms.active')}
            description={t('observations.forms.activeHint')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
          />
        )}
        <Title order={4} size="h5">
          {t('observations.forms.fields')}
        </Title>
        {fields.map((field, index) => (
          <FieldEditor
            key={field.key}
            field={field}
            index={index}
            errors={errors}
            onChange={(changed) => setFields(fields.map((f, i) => (i === index ? changed : f)))}
            onRemove={fields.length > 1 ? () => setFields(fields.filter((_, i) => i !== index)) : undefined}
          />
        ))}
        <Group>
          <Button variant="light" onClick={() => setFields([...fields, emptyField(fields)])}>
            {t('observations.forms.addField')}
          </Button>
        </Group>
        <FormErrorAlert error={mutation.error} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('observations.forms.save')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('observations.forms.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
