import { Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../lib/api.ts';
import { apiFieldErrors } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { AddressFields, ContactFields } from '../components/ContactFields.tsx';
import { GuardianPicker } from '../components/GuardianPicker.tsx';
import { InlineForm } from '../components/InlineForm.tsx';
import {
  emptyFamily,
  type GuardianEntry,
  guardianLinks,
  knownGuardianEntry,
  newGuardianEntry,
  validateFamily,
} from '../family/family-form.ts';
import {
  findTakenOffer,
  GuardianModeControl,
  type TakenOffer,
  TakenOfferAlert,
} from '../family/GuardianEntryFields.tsx';
import { useLinkGuardian } from '../queries.ts';

const PREFIX = 'guardians.0.';

/** The form's one guardian as the family model sees it (first and only guardian, so no shared address). */
const asFamily = (entry: GuardianEntry) => ({ ...emptyFamily(), guardians: [entry] });

/** Errors of the family model for this one guardian, by this form's paths. */
function onlyGuardian(errors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(PREFIX)) result[path.slice(PREFIX.length)] = message;
  }
  return result;
}

/** "Ouder toevoegen": link a guardian the organisation knows, or add a new one, to this child. */
export function AddGuardianForm({ childId, onDone }: { childId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const link = useLinkGuardian(childId);
  const [offer, setOffer] = useState<TakenOffer | null>(null);
  const form = useForm<GuardianEntry>({
    initialValues: newGuardianEntry(),
    validate: (values) => onlyGuardian(validateFamily(asFamily(values), t)),
  });
  const entry = form.getValues();

  const submit = form.onSubmit((values) => {
    if (link.isPending) return;
    setOffer(null);
    const [body] = guardianLinks(asFamily(values));
    if (!body) return;
    link.mutate(body, {
      onSuccess: () => {
        notify(t('families.guardians.linked'), 'success');
        onDone();
      },
      onError: async (error) => {
        form.setErrors(apiFieldErrors(error, t));
        const taken =
          error instanceof ApiError &&
          error.fields.some((field) => field.path === 'guardian.email' && field.code === 'taken');
        if (taken) setOffer(await findTakenOffer(values.guardian.email));
      },
    });
  });

  return (
    <InlineForm
      title={t('families.guardians.addTitle')}
      onSubmit={submit}
      error={link.error}
      submitLabel={t('families.guardians.addSubmit')}
      pending={link.isPending}
      onCancel={onDone}
    >
      <GuardianModeControl label={t('families.guardians.addKind')} {...form.getInputProps('mode')} />
      {entry.mode === 'existing' ? (
        <GuardianPicker
          value={entry.guardianId}
          valueLabel={entry.existingLabel}
          onChange={(id, label) => {
            form.setFieldValue('guardianId', id);
            form.setFieldValue('existingLabel', label);
          }}
          error={form.errors.guardianId}
        />
      ) : (
        <>
          <ContactFields form={form} prefix="guardian" />
          {offer && (
            <TakenOfferAlert
              offer={offer}
              onUse={() => {
                form.setValues(knownGuardianEntry(offer, entry.parentalAuthority));
                form.clearErrors();
                setOffer(null);
              }}
            />
          )}
          <AddressFields form={form} prefix="guardian" />
        </>
      )}
      <Switch
        label={t('families.guardian.parentalAuthority')}
        {...form.getInputProps('parentalAuthority', { type: 'checkbox' })}
      />
    </InlineForm>
  );
}
