import { Alert, Button, Group, Paper, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { ApiError } from '../../../../lib/api.ts';
import { apiFieldErrors } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { AddressFields, ContactFields } from '../components/ContactFields.tsx';
import { fullName } from '../components/format.ts';
import { GuardianPicker } from '../components/GuardianPicker.tsx';
import {
  emptyFamily,
  existingGuardianEntry,
  type GuardianEntry,
  guardianLinks,
  newGuardianEntry,
  validateFamily,
} from '../family/family-form.ts';
import type { TakenOffer } from '../family/GuardianEntryFields.tsx';
import { findGuardianByEmail, useLinkGuardian } from '../queries.ts';

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
        if (!taken) return;
        const guardian = await findGuardianByEmail(values.guardian.email).catch(() => null);
        if (guardian) setOffer({ id: guardian.id, name: fullName(guardian), email: guardian.email });
      },
    });
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('families.guardians.addTitle')}
          </Title>
          <FormErrorAlert error={link.error} />
          <SegmentedControl
            aria-label={t('families.guardians.addKind')}
            data={[
              { value: 'new', label: t('families.newFamily.modeNew') },
              { value: 'existing', label: t('families.newFamily.modeExisting') },
            ]}
            {...form.getInputProps('mode')}
            w="fit-content"
          />
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
                <Alert color="orange" variant="light" data-testid="guardian-taken">
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">
                      {t('families.newFamily.emailTaken', { name: offer.name, email: offer.email })}
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        form.setValues(
                          existingGuardianEntry(
                            offer.id,
                            `${offer.name} (${offer.email})`,
                            entry.parentalAuthority,
                          ),
                        );
                        form.clearErrors();
                        setOffer(null);
                      }}
                    >
                      {t('families.newFamily.linkExisting', { name: offer.name })}
                    </Button>
                  </Stack>
                </Alert>
              )}
              <AddressFields form={form} prefix="guardian" />
            </>
          )}
          <Switch
            label={t('families.guardian.parentalAuthority')}
            {...form.getInputProps('parentalAuthority', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={link.isPending}>
              {t('families.guardians.addSubmit')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('families.newFamily.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
