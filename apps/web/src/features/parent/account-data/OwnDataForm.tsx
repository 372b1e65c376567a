import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type OwnGuardian, type UpdateOwnGuardianBody, updateOwnGuardianBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { apiFieldErrors, validateWith } from '../../../lib/form-errors.ts';
import { useUpdateOwnGuardian } from './queries.ts';

type Values = Required<{ [K in keyof UpdateOwnGuardianBody]: string }>;
const FIELDS = ['phone', 'firstName', 'lastName', 'street', 'houseNumber', 'postcode', 'city'] as const;
/** The parts sent whole: a name or an address is one request for approval. */
const PARTS = [['phone'], ['firstName', 'lastName'], ['street', 'houseNumber', 'postcode', 'city']] as const;

/**
 * Changing one's own data: the form starts from what the organisation has, or what was asked and waits for
 * approval; only fields that differ from the organisation's data are sent (so an unchanged address asks
 * nothing).
 */
export function OwnDataForm({
  own,
  onDone,
}: {
  own: OwnGuardian;
  onDone: (outcome: 'saved' | 'pending' | 'cancelled') => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateOwnGuardian();
  const requested = Object.assign({}, ...own.pending.map((p) => p.requested)) as Partial<Values>;
  const start = Object.fromEntries(FIELDS.map((f) => [f, requested[f] ?? own.data[f]])) as Values;
  const form = useForm<Values>({
    initialValues: start,
    validate: (values) => validateWith(updateOwnGuardianBodySchema, values, t),
  });
  const submit = form.onSubmit((values) => {
    const body: UpdateOwnGuardianBody = {};
    for (const part of PARTS) {
      if (part.some((f) => values[f].trim() !== start[f].trim())) for (const f of part) body[f] = values[f];
    }
    if (Object.keys(body).length === 0) {
      onDone('cancelled');
      return;
    }
    update.mutate(body, {
      onSuccess: (answer) => {
        const asked = 'firstName' in body || 'street' in body;
        onDone(asked && answer.pending.length > 0 ? 'pending' : 'saved');
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t)),
    });
  });
  return (
    <form onSubmit={submit} noValidate data-testid="own-data-form">
      <Stack gap="md" maw={560}>
        <FormErrorAlert error={update.error} />
        <TextInput
          label={t('guardianData.fields.phone')}
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('phone')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('guardianData.fields.firstName')}
            autoComplete="given-name"
            required
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label={t('guardianData.fields.lastName')}
            autoComplete="family-name"
            required
            {...form.getInputProps('lastName')}
          />
          <TextInput
            label={t('guardianData.fields.street')}
            autoComplete="address-line1"
            {...form.getInputProps('street')}
          />
          <TextInput label={t('guardianData.fields.houseNumber')} {...form.getInputProps('houseNumber')} />
          <TextInput
            label={t('guardianData.fields.postcode')}
            autoComplete="postal-code"
            {...form.getInputProps('postcode')}
          />
          <TextInput
            label={t('guardianData.fields.city')}
            autoComplete="address-level2"
            {...form.getInputProps('city')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('guardianData.save')}
          </Button>
          <Button variant="subtle" onClick={() => onDone('cancelled')} disabled={update.isPending}>
            {t('guardianData.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
