import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { grantCreditBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { InlineForm } from '../components/InlineForm.tsx';
import { AmountFields } from './AmountFields.tsx';
import { amountPath, emptyGrantForm, type GrantFormValues, grantBody } from './credit-form.ts';
import { useGrantCredit } from './queries.ts';

/** Field codes of the credit forms that need their own words. */
export const CREDIT_FIELD_MESSAGES = {
  amount: 'credits.staff.fieldErrors',
  hours: 'credits.staff.fieldErrors',
  points: 'credits.staff.fieldErrors',
  validUntil: 'credits.staff.fieldErrors',
};

/** "Tegoed toekennen" (S7): unit and amount, grant or compensation, validity, week type and a description. */
export function GrantCreditForm({ childId, onDone }: { childId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const grant = useGrantCredit(childId);
  const form = useForm<GrantFormValues>({
    initialValues: emptyGrantForm(),
    validate: (values) => {
      const body = grantBody(values);
      return validateWith(
        grantCreditBodySchema,
        { ...body, validFrom: body.validFrom || undefined, validUntil: body.validUntil || undefined },
        t,
        { messages: CREDIT_FIELD_MESSAGES, formPath: amountPath(values.unit) },
      );
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit((submitted) => {
    if (grant.isPending) return;
    grant.mutate(grantBody(submitted), {
      onSuccess: () => {
        notify(t('credits.staff.granted'), 'success');
        onDone();
      },
      onError: (error) =>
        form.setErrors(
          apiFieldErrors(error, t, { messages: CREDIT_FIELD_MESSAGES, formPath: amountPath(submitted.unit) }),
        ),
    });
  });

  return (
    <InlineForm
      title={t('credits.staff.grantTitle')}
      onSubmit={submit}
      error={grant.error}
      submitLabel={t('credits.staff.grantSubmit')}
      pending={grant.isPending}
      onCancel={onDone}
    >
      <Stack gap="sm" data-testid="grant-credit-form">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('credits.staff.unit')}
            data={(['minutes', 'points'] as const).map((unit) => ({
              value: unit,
              label: t(`credits.staff.units.${unit}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('unit')}
          />
          <Select
            label={t('credits.staff.source')}
            data={(['grant', 'compensation'] as const).map((source) => ({
              value: source,
              label: t(`credits.staff.sources.${source}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('source')}
          />
        </SimpleGrid>
        <AmountFields form={form} unit={values.unit} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('credits.staff.validFrom')}
            required
            {...form.getInputProps('validFrom')}
          />
          <TextInput
            type="date"
            label={t('credits.staff.validUntil')}
            min={values.validFrom || undefined}
            required
            {...form.getInputProps('validUntil')}
          />
          <Select
            label={t('credits.staff.weekType')}
            data={(['any', 'school', 'holiday'] as const).map((weekType) => ({
              value: weekType,
              label: t(`credits.staff.weekTypes.${weekType}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('weekType')}
          />
        </SimpleGrid>
        <Textarea
          label={t('credits.staff.description')}
          required
          rows={2}
          maxLength={500}
          {...form.getInputProps('description')}
        />
      </Stack>
    </InlineForm>
  );
}
