import { Button, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  type Declaration,
  type DeclarationField,
  type DeclarationForm,
  type DeclarationValues,
  declarationValuesErrors,
} from '@nestje/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { ApiError } from '../../../lib/api.ts';
import { translateFirst } from '../../../lib/translate.ts';

type Value = string | boolean | null;

/**
 * The values to start from: a declaration on the same version is filled in again as it was; one on an older
 * version brings the values of the fields that are still there (by field id).
 */
function startValues(fields: DeclarationField[], previous: Declaration | null): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const field of fields) {
    const old = previous?.values[field.id];
    values[field.id] = old === undefined ? (field.type === 'yesNo' ? null : '') : old;
  }
  return values;
}

function FieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: DeclarationField;
  value: Value;
  error: string | undefined;
  onChange: (value: Value) => void;
}) {
  const { t } = useTranslation();
  const common = { label: field.label, required: field.required, error };
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'longText':
      return (
        <Textarea {...common} minRows={3} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />
      );
    case 'date':
      return <TextInput {...common} type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'yesNo':
      return (
        <Radio.Group
          {...common}
          value={value === null ? null : value ? 'yes' : 'no'}
          onChange={(next) => onChange(next === 'yes')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="yes" label={t('declarations.yes')} />
            <Radio value="no" label={t('declarations.no')} />
          </Group>
        </Radio.Group>
      );
    case 'choice':
      return (
        <Radio.Group {...common} value={text || null} onChange={(next) => onChange(next)}>
          <Stack gap={6} mt={4}>
            {field.options.map((option) => (
              <Radio key={option} value={option} label={option} />
            ))}
          </Stack>
        </Radio.Group>
      );
    default:
      return <TextInput {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
}

/**
 * Filling in one declaration (P17): the fields of the form's current version, checked as the server checks them,
 * and the signature: the guardian's full name, typed.
 */
export function DeclarationFillForm({
  form,
  previous,
  defaultName,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  form: DeclarationForm;
  previous: Declaration | null;
  defaultName: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: { versionId: string; values: DeclarationValues; signedName: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { fields } = form.current;
  const [values, setValues] = useState(() => startValues(fields, previous));
  const [signedName, setSignedName] = useState(defaultName);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const message = (code: string) =>
    translateFirst(t, [`declarations.fieldErrors.${code}`, `fields.${code}`], 'fields.invalid');
  const serverErrors: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const f of error.fields) {
      if (f.path.startsWith('values.')) serverErrors[f.path.slice(7)] = message(f.code);
      else if (f.path === 'signedName') serverErrors.signedName = message(f.code);
    }
  }
  const shown = { ...serverErrors, ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = Object.fromEntries(
      Object.entries(declarationValuesErrors(fields, values)).map(([id, code]) => [id, message(code)]),
    );
    if (signedName.trim().length < 2) found.signedName = message('required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({ versionId: form.current.id, values, signedName: signedName.trim() });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="declaration-form">
      <Stack gap="md">
        {form.current.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {form.current.description}
          </Text>
        )}
        <FormErrorAlert error={error} />
        {fields.map((field) => (
          <FieldInput
            key={field.id}
            field={field}
            value={values[field.id] ?? null}
            error={shown[field.id]}
            onChange={(value) => {
              setValues((current) => ({ ...current, [field.id]: value }));
              setErrors(({ [field.id]: _, ...rest }) => rest);
            }}
          />
        ))}
        <TextInput
          label={t('declarations.parent.signature')}
          description={t('declarations.parent.signatureHint')}
          required
          autoComplete="name"
          value={signedName}
          error={shown.signedName}
          onChange={(e) => setSignedName(e.target.value)}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {t('declarations.parent.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel} disabled={pending}>
            {t('declarations.parent.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
