import { Alert, Button, Checkbox, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { REQUEST_PERIOD_MAX_DAYS } from '@nestje/contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateOrPeriodFields } from '../../../components/DateOrPeriodFields.tsx';
import { ExpiryAndCommentFields } from '../../../components/ExpiryAndCommentFields.tsx';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { Loading } from '../../../components/QueryResult.tsx';
import { apiFieldErrors, fieldErrorTexts } from '../../../lib/form-errors.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { noCreditReasons, type PaymentValue } from '../credits/payment-choice.ts';
import { useMyCredits } from '../credits/queries.ts';
import { AgendaFormHeader } from './AgendaFormHeader.tsx';
import { ChildOptions } from './ChildOptions.tsx';
import { summariseOptions } from './option-summary.ts';
import { useCreateRequest, useRequestOptions } from './queries.ts';
import { RequestSummary } from './RequestSummary.tsx';
import {
  assessAsWholeBlock,
  chosenOptions,
  emptyRequestForm,
  expiryBounds,
  expiryProblem,
  formPathOf,
  periodOf,
  periodProblems,
  type RequestFormValues,
  requestBody,
} from './request-form.ts';

/** Where the server's field codes find their words on this form. */
const FIELD_MESSAGES = {
  careProductId: 'agenda.request.fieldErrors',
  assessAsWhole: 'agenda.request.fieldErrors',
  expiresOn: 'agenda.request.fieldErrors',
  from: 'agenda.request.fieldErrors',
  to: 'agenda.request.fieldErrors',
  payment: 'credits.payment.fieldErrors',
  creditId: 'credits.payment.fieldErrors',
};

export interface SubmittedState {
  submitted: number;
  skipped: string[];
}

/** `/agenda/dag-aanvragen` (P8–P10): a date or period, a day part per child, how to pay, and "Indienen". */
export function RequestDayPage() {
  const { t } = useTranslation();
  usePageTitle(t('agenda.request.title'));
  const navigate = useNavigate();
  const today = todayInAmsterdam();
  const form = useForm<RequestFormValues>({ initialValues: emptyRequestForm() });
  const values = form.getValues();
  const period = periodOf(values);
  const options = useRequestOptions(period);
  const children = useMemo(() => (options.data ? summariseOptions(options.data) : []), [options.data]);
  const chosen = chosenOptions(values, children, options.data);
  // The children's credits, to say why none of them fits a day part (the options offer only those that do).
  const credits = useMyCredits(period !== null);
  const block = assessAsWholeBlock(values, chosen.length);
  const bounds = expiryBounds(today, values);
  const create = useCreateRequest();
  const dateErrors = fieldErrorTexts(t, periodProblems(values), FIELD_MESSAGES);

  const submit = form.onSubmit((submitted) => {
    if (create.isPending) return;
    const problems = {
      ...periodProblems(submitted),
      ...(expiryProblem(submitted, today) ? { expiresOn: expiryProblem(submitted, today) ?? '' } : {}),
    };
    const current = chosenOptions(submitted, children, options.data);
    if (Object.keys(problems).length > 0 || current.length === 0 || !options.data) {
      form.setErrors({
        ...fieldErrorTexts(t, problems, FIELD_MESSAGES),
        ...(current.length === 0 ? { choices: t('agenda.request.nothingChosen') } : {}),
      });
      return;
    }
    const body = requestBody(submitted, current);
    create.mutate(body, {
      onSuccess: (created) => {
        const state: SubmittedState = {
          submitted: created.lines.length,
          skipped: [...new Set(created.skipped.map((s) => s.date))],
        };
        void navigate('/agenda/aanvragen', { state });
      },
      onError: (error) =>
        form.setErrors(
          apiFieldErrors(error, t, { messages: FIELD_MESSAGES, formPath: (path) => formPathOf(path, body) }),
        ),
    });
  });

  return (
    <Stack gap="lg" maw={720}>
      <AgendaFormHeader
        back={t('agenda.request.back')}
        title={t('agenda.request.title')}
        intro={t('agenda.request.intro')}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <DateOrPeriodFields
            id="request-when"
            texts={{
              when: t('agenda.request.when'),
              single: t('agenda.request.single'),
              period: t('agenda.request.period'),
              date: t('agenda.request.date'),
              from: t('agenda.request.from'),
              to: t('agenda.request.to'),
              periodHint: t('agenda.request.periodHint', { max: REQUEST_PERIOD_MAX_DAYS }),
            }}
            period={values.mode === 'period'}
            fromMin={bounds.min}
            toMin={values.from || undefined}
            modeInput={form.getInputProps('mode')}
            fromInput={{
              ...form.getInputProps('from'),
              error: form.errors.from ?? (values.from && dateErrors.from),
            }}
            toInput={{ ...form.getInputProps('to'), error: form.errors.to ?? (values.to && dateErrors.to) }}
          />

          {!period && <Text c="dimmed">{t('agenda.request.chooseDate')}</Text>}
          {period && options.isPending && <Loading minHeight={80} />}
          {period && options.isError && <FormErrorAlert error={options.error} />}
          {options.data && period && (
            <Stack gap="lg">
              {options.data.dates.length === 1 && options.data.dates[0]?.closed && (
                <Alert color="gray">
                  {t('agenda.request.closedDay', { description: options.data.dates[0].closed })}
                </Alert>
              )}
              {children.length === 0 && <Text c="dimmed">{t('agenda.request.noChildren')}</Text>}
              {children.map((child) => {
                const choice = chosen.find((c) => c.childId === child.childId);
                return (
                  <Paper key={child.childId} withBorder p="md">
                    <ChildOptions
                      child={child}
                      colourIndex={options.data.children.findIndex((c) => c.id === child.childId)}
                      options={options.data}
                      value={values.choices[child.childId] ?? ''}
                      onChange={(value) => {
                        form.setFieldValue(`choices.${child.childId}`, value);
                        form.clearFieldError('choices');
                      }}
                      offers={choice?.offers ?? []}
                      noCreditReasons={
                        choice
                          ? noCreditReasons(
                              options.data,
                              credits.data?.credits ?? [],
                              child.childId,
                              choice.option,
                            )
                          : []
                      }
                      payment={choice?.payment ?? 'invoice'}
                      onPaymentChange={(payment: PaymentValue) => {
                        form.setFieldValue(`payments.${child.childId}`, payment);
                        form.clearFieldError(`payments.${child.childId}`);
                      }}
                      error={form.errors[`choices.${child.childId}`]}
                      paymentError={form.errors[`payments.${child.childId}`]}
                    />
                  </Paper>
                );
              })}
              {typeof form.errors.choices === 'string' && (
                <Alert color="red" variant="light">
                  {form.errors.choices}
                </Alert>
              )}

              <Paper withBorder p="md">
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    {t('agenda.request.processing')}
                  </Title>
                  <Checkbox
                    label={t('agenda.request.assessAsWhole')}
                    description={
                      block === 'period'
                        ? t('agenda.request.assessAsWholePeriod')
                        : block === 'no_child'
                          ? t('agenda.request.assessAsWholeNoChild')
                          : t('agenda.request.assessAsWholeHint')
                    }
                    disabled={block !== null}
                    {...form.getInputProps('assessAsWhole', { type: 'checkbox' })}
                    checked={block === null && values.assessAsWhole}
                  />
                  <ExpiryAndCommentFields
                    texts={{
                      expiresOn: t('agenda.request.expiresOn'),
                      expiresOnHint: t('agenda.request.expiresOnHint'),
                      comment: t('agenda.request.comment'),
                      commentPlaceholder: t('agenda.request.commentPlaceholder'),
                    }}
                    min={bounds.min}
                    max={bounds.max || undefined}
                    expiresOnInput={form.getInputProps('expiresOn')}
                    commentInput={form.getInputProps('comment')}
                  />
                </Stack>
              </Paper>

              <Divider />
              <RequestSummary options={options.data} summaries={children} chosen={chosen} />
              <FormErrorAlert error={create.error} />
              <Group>
                <Button type="submit" loading={create.isPending} disabled={chosen.length === 0}>
                  {t('agenda.request.submit')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
