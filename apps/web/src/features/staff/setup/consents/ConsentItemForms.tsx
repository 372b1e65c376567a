import { Button, Group, NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import {
  type ConsentItem,
  createConsentItemBodySchema,
  createConsentTextBodySchema,
  updateConsentItemBodySchema,
} from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { useCreateConsentItem, usePublishConsentText, useUpdateConsentItem } from './queries.ts';

type Errors = Record<string, string>;

/** "Toestemming toevoegen": the title and the first text of one of the organisation's own items. */
export function NewConsentItemForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateConsentItem();
  const [values, setValues] = useState({ title: '', body: '' });
  const [errors, setErrors] = useState<Errors>({});
  const submit = () => {
    const found = validateWith(createConsentItemBodySchema, values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(values, {
      onSuccess: (item) => {
        notify(t('consents.setup.created', { title: item.title }), 'success');
        onDone();
      },
      onError: (error) => setErrors(apiFieldErrors(error, t)),
    });
  };
  return (
    <Stack
      component="form"
      gap="sm"
      data-testid="new-consent-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <TextInput
        label={t('consents.setup.itemTitle')}
        value={values.title}
        onChange={(event) => setValues({ ...values, title: event.currentTarget.value })}
        error={errors.title}
        withAsterisk
      />
      <Textarea
        label={t('consents.setup.body')}
        value={values.body}
        onChange={(event) => setValues({ ...values, body: event.currentTarget.value })}
        error={errors.body}
        rows={4}
        withAsterisk
      />
      <FormErrorAlert error={create.error} />
      <Group>
        <Button type="submit" loading={create.isPending}>
          {t('consents.setup.save')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('consents.setup.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Wijzigen": title, order and whether the item is asked; built-in items stay active. */
export function EditConsentItemForm({ item, onDone }: { item: ConsentItem; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateConsentItem(item.id);
  const [values, setValues] = useState({ title: item.title, position: item.position, active: item.active });
  const [errors, setErrors] = useState<Errors>({});
  const builtin = item.key !== null;
  const submit = () => {
    const found = validateWith(updateConsentItemBodySchema, values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(values, {
      onSuccess: () => {
        notify(t('consents.setup.saved'), 'success');
        onDone();
      },
      onError: (error) => setErrors(apiFieldErrors(error, t)),
    });
  };
  return (
    <Stack
      component="form"
      gap="sm"
      data-testid="edit-consent-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <TextInput
        label={t('consents.setup.itemTitle')}
        value={values.title}
        onChange={(event) => setValues({ ...values, title: event.currentTarget.value })}
        error={errors.title}
        withAsterisk
      />
      <NumberInput
        label={t('consents.setup.position')}
        value={values.position}
        onChange={(value) => setValues({ ...values, position: typeof value === 'number' ? value : 0 })}
        error={errors.position}
        min={0}
        max={1000}
        allowDecimal={false}
        w={160}
      />
      <Switch
        label={t('consents.setup.active')}
        description={builtin ? t('consents.setup.builtinActive') : undefined}
        checked={values.active}
        disabled={builtin}
        onChange={(event) => setValues({ ...values, active: event.currentTarget.checked })}
        error={errors.active}
      />
      <FormErrorAlert error={update.error} />
      <Group>
        <Button type="submit" loading={update.isPending}>
          {t('consents.setup.save')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('consents.setup.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Nieuwe tekstversie": publishes a changed text as the next version. */
export function NewConsentTextForm({ item, onDone }: { item: ConsentItem; onDone: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishConsentText(item.id);
  const [body, setBody] = useState(item.text.body);
  const [errors, setErrors] = useState<Errors>({});
  const submit = () => {
    const found = validateWith(createConsentTextBodySchema, { body }, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    publish.mutate(
      { body },
      {
        onSuccess: (updated) => {
          notify(t('consents.setup.published', { version: updated.text.version }), 'success');
          onDone();
        },
        onError: (error) => setErrors(apiFieldErrors(error, t)),
      },
    );
  };
  return (
    <Stack
      component="form"
      gap="sm"
      data-testid="new-consent-text-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Textarea
        label={t('consents.setup.newText')}
        description={t('consents.setup.newTextHint')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={errors.body}
        rows={4}
        withAsterisk
      />
      <FormErrorAlert error={publish.error} />
      <Group>
        <Button type="submit" loading={publish.isPending}>
          {t('consents.setup.publish')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('consents.setup.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
