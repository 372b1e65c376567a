import { SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Credit, correctCreditBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { InlineForm } from '../components/InlineForm.tsx';
import { AmountFields } from './AmountFields.tsx';
import { amountPath, type CorrectionFormValues, correctionBody, emptyCorrectionForm } from './credit-form.ts';
import { CREDIT_FIELD_MESSAGES } from './GrantCreditForm.tsx';
import { useCorrectCredit } from './queries.ts';

/** "Tegoed corrigeren" (S7): add to or take from a credit, with a reason; never below zero (the server says so). */
export function CorrectCreditForm({ credit, onDone }: { credit: Credit; onDone: () => void }) {
  const { t } = useTranslation();
  const correct = useCorrectCredit(credit.id);
  const formPath = amountPath(credit.unit);
  const form = useForm<CorrectionFormValues>({
    initialValues: emptyCorrectionForm(),
    validate: (values) =>
      validateWith(correctCreditBodySchema, correctionBody(credit.unit, values), t, {
        messages: CREDIT_FIELD_MESSAGES,
        formPath,
      }),
  });

  const submit = form.onSubmit((submitted) => {
    if (correct.isPending) return;
    correct.mutate(correctionBody(credit.unit, submitted), {
      onSuccess: () => {
        notify(t('credits.staff.corrected'), 'success');
        onDone();
      },
      onError: (error) =>
        form.setErrors(apiFieldErrors(error, t, { messages: CREDIT_FIELD_MESSAGES, formPath })),
    });
  });

  return (
    <InlineForm
      title={t('credits.staff.correctTitle')}
      onSubmit={submit}
      error={correct.error}
      submitLabel={t('credits.staff.correctSubmit')}
      pending={correct.isPending}
      onCancel={onDone}
      tinted
    >
      <Stack gap="sm" data-testid="correct-credit-form">
        <SegmentedControl
          aria-label={t('credits.staff.direction')}
          data={[
            { value: 'add', label: t('credits.staff.add') },
            { value: 'take', label: t('credits.staff.take') },
          ]}
          maw={240}
          {...form.getInputProps('direction')}
        />
        <AmountFields form={form} unit={credit.unit} />
        <TextInput
          label={t('credits.staff.reason')}
          required
          maxLength={500}
          {...form.getInputProps('reason')}
        />
      </Stack>
    </InlineForm>
  );
}
