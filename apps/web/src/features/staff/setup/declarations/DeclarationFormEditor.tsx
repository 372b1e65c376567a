import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  type DeclarationFieldType,
  type DeclarationForm,
  type DeclarationFormBody,
  declarationFieldTypes,
  declarationFormBodySchema,
} from '@nestje/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';

interface FieldDraft {
  /** The stored id of a field the form had; none for a new one. */
  id?: string;
  /** A key for the list while editing. */
  key: string;
  type: DeclarationFieldType;
  label: string;
  required: boolean;
  /** The options of a choice, one per line. */
  options: string;
}

export interface Draft {
  title: string;
  description: string;
  fields: FieldDraft[];
}

/** A choice with fewer than two options is refused by the contract's own check (`custom`). */
const OPTION_MESSAGES = { options: 'declarations.setup.optionErrors' };

let nextKey = 0;
const newField = (): FieldDraft => ({
  key: `new-${++nextKey}`,
  type: 'text',
  label: '',
  required: false,
  options: '',
});

export function draftOf(form: DeclarationForm | null): Draft {
  if (!form) return { title: '', description: '', fields: [newField()] };
  return {
    title: form.current.title,
    description: form.current.description,
    fields: form.current.fields.map((f) => ({
      id: f.id,
      key: f.id,
      type: f.type,
      label: f.label,
      required: f.required,
      options: f.options.join('\n'),
    })),
  };
}

/** The body the server takes: fields keep their id, a choice its options (one per line, blank lines left out). */
export function bodyOf(draft: Draft): DeclarationFormBody {
  return {
    title: draft.title,
    description: draft.description,
    fields: draft.fields.map((f) => ({
      ...(f.id ? { id: f.id } : {}),
      type: f.type,
      label: f.label,
      required: f.required,
      options:
        f.type === 'choice'
          ? f.options
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
    })),
  };
}

/**
 * Defining or editing a declaration form (S7): title, description and the fields (short or long text, yes/no,
 * date, choice; required or not). Saving an edited form makes a new version.
 */
export function DeclarationFormEditor({
  form,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  form: DeclarationForm | null;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: DeclarationFormBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(form));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...apiFieldErrors(error, t, { messages: OPTION_MESSAGES }), ...errors };
  const setField = (index: number, change: Partial<FieldDraft>) =>
    setDraft((d) => ({ ...d, fields: d.fields.map((f, i) => (i === index ? { ...f, ...change } : f)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(draft);
    const found = validateWith(declarationFormBodySchema, body, t, { messages: OPTION_MESSAGES });
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(body);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="declaration-form-editor">
      <Stack gap="md">
        <FormErrorAlert error={error} />
        <TextInput
          label={t('declarations.setup.formTitle')}
          required
          value={draft.title}
          error={shown.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        <Textarea
          label={t('declarations.setup.description')}
          rows={2}
          value={draft.description}
          error={shown.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
        {draft.fields.map((field, index) => (
          <Paper key={field.key} withBorder p="sm" radius="md" data-testid="declaration-field-editor">
            <Stack gap="xs">
              <Group align="flex-end" gap="sm" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('declarations.setup.fieldLabel', { number: index + 1 })}
                  required
                  value={field.label}
                  error={shown[`fields.${index}.label`]}
                  onChange={(e) => setField(index, { label: e.target.value })}
                />
                <NativeSelect
                  w={160}
                  label={t('declarations.setup.fieldType')}
                  data={declarationFieldTypes.map((type) => ({
                    value: type,
                    label: t(`declarations.types.${type}`),
                  }))}
                  value={field.type}
                  onChange={(e) => setField(index, { type: e.currentTarget.value as DeclarationFieldType })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  mb={2}
                  aria-label={t('declarations.setup.removeField', { number: index + 1 })}
                  disabled={draft.fields.length === 1}
                  onClick={() => setDraft({ ...draft, fields: draft.fields.filter((_, i) => i !== index) })}
                >
                  ×
                </ActionIcon>
              </Group>
              {field.type === 'choice' && (
                <Textarea
                  label={t('declarations.setup.options')}
                  rows={2}
                  value={field.options}
                  error={shown[`fields.${index}.options`]}
                  onChange={(e) => setField(index, { options: e.target.value })}
                />
              )}
              <Checkbox
                label={t('declarations.setup.required')}
                checked={field.required}
                onChange={(e) => setField(index, { required: e.currentTarget.checked })}
              />
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => setDraft({ ...draft, fields: [...draft.fields, newField()] })}
            disabled={draft.fields.length >= 30}
          >
            {t('declarations.setup.addField')}
          </Button>
        </Group>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onCancel} disabled={pending}>
            {t('declarations.setup.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
