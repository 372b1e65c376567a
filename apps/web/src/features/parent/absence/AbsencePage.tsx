import { Alert, Button, Divider, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ABSENCE_PERIOD_MAX_DAYS, absenceReasons } from '@nestje/contract';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DateOrPeriodFields } from '../../../components/DateOrPeriodFields.tsx';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { Loading } from '../../../components/QueryResult.tsx';
import { ApiError } from '../../../lib/api.ts';
import { fieldErrorText, fieldErrorTexts } from '../../../lib/form-errors.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AgendaFormHeader } from '../agenda/AgendaFormHeader.tsx';
import { isLocalDate } from '../agenda/dates.ts';
import { AbsenceChildParts } from './AbsenceChildParts.tsx';
import { AbsenceSummary } from './AbsenceSummary.tsx';
import {
  type AbsenceFormValues,
  absenceBody,
  chosenParts,
  emptyAbsenceForm,
  formPathOf,
  partsByChild,
  periodOf,
  periodProblems,
  toggleParts,
} from './absence-form.ts';
import { useAbsenceOptions, useCreateAbsence } from './queries.ts';

/** Where the field codes find their words on this form. */
const FIELD_MESSAGES = {
  from: 'absence.fieldErrors',
  to: 'absence.fieldErrors',
  part: 'absence.fieldErrors',
};

/** What the overview shows after "Doorgeven". */
export interface AbsenceRegisteredState {
  absenceRegistered: number;
}

/**
 * `/agenda/afwezigheid` (P14), optionally `?kind=<childId>&datum=YYYY-MM-DD` (from Mijn kind): a day or a
 * period, per child the planned day parts, a reason, and "Doorgeven".
 */
export function AbsencePage() {
  const { t } = useTranslation();
  usePageTitle(t('absence.form.title'));
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const today = todayInAmsterdam();
  const initialDate = search.get('datum') ?? '';
  const preselect = useRef(search.get('kind'));
  const form = useForm<AbsenceFormValues>({
    initialValues: emptyAbsenceForm(isLocalDate(initialDate) ? initialDate : ''),
  });
  const values = form.getValues();
  const period = periodOf(values);
  const options = useAbsenceOptions(period);
  const childList = useMemo(() => (options.data ? partsByChild(options.data) : []), [options.data]);
  const chosen = options.data ? chosenParts(options.data, values.selected) : [];
  const create = useCreateAbsence();
  const dateErrors = fieldErrorTexts(t, periodProblems(values), FIELD_MESSAGES);

  // Coming from "Afwezig melden" on Mijn kind: that child's day parts of the date are chosen already.
  useEffect(() => {
    const childId = preselect.current;
    if (!childId || childList.length === 0) return;
    preselect.current = null;
    const child = childList.find((c) => c.childId === childId);
    if (child) {
      const parts = child.dates.flatMap((date) => date.parts);
      form.setFieldValue('selected', toggleParts(form.getValues().selected, parts, true));
    }
  }, [childList, form]);

  const submit = form.onSubmit((submitted) => {
    if (create.isPending || !options.data) return;
    const current = chosenParts(options.data, submitted.selected);
    const problems = periodProblems(submitted);
    if (Object.keys(problems).length > 0 || current.length === 0 || submitted.reason === '') {
      form.setErrors({
        ...fieldErrorTexts(t, problems, FIELD_MESSAGES),
        ...(current.length === 0 ? { selected: t('absence.form.nothingChosen') } : {}),
        ...(submitted.reason === '' ? { reason: t('absence.form.reasonRequired') } : {}),
      });
      return;
    }
    const body = absenceBody(submitted, current);
    create.mutate(body, {
      onSuccess: (created) => {
        const state: AbsenceRegisteredState = { absenceRegistered: created.lines.length };
        void navigate('/agenda/aanvragen', { state });
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const errors: Record<string, string> = {};
        for (const field of error.fields) {
          const path = formPathOf(field.path, body);
          const name = path.startsWith('part:') ? 'part' : path;
          errors[path] ??= fieldErrorText(t, name, field.code, FIELD_MESSAGES);
        }
        form.setErrors(errors);
      },
    });
  });

  return (
    <Stack gap="lg" maw={720}>
      <AgendaFormHeader
        back={t('absence.form.back')}
        title={t('absence.form.title')}
        intro={t('absence.form.intro')}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <DateOrPeriodFields
            id="absence-when"
            texts={{
              when: t('absence.form.when'),
              single: t('absence.form.single'),
              period: t('absence.form.period'),
              date: t('absence.form.date'),
              from: t('absence.form.from'),
              to: t('absence.form.to'),
              periodHint: t('absence.form.periodHint', { max: ABSENCE_PERIOD_MAX_DAYS }),
            }}
            period={values.mode === 'period'}
            fromMin={today}
            toMin={values.from || today}
            modeInput={form.getInputProps('mode')}
            fromInput={{
              ...form.getInputProps('from'),
              error: form.errors.from ?? (values.from && dateErrors.from),
            }}
            toInput={{ ...form.getInputProps('to'), error: form.errors.to ?? (values.to && dateErrors.to) }}
          />

          {!period && <Text c="dimmed">{t('absence.form.chooseDate')}</Text>}
          {period && options.isPending && <Loading minHeight={80} />}
          {period && options.isError && <FormErrorAlert error={options.error} />}
          {options.data && period && (
            <Stack gap="lg">
              {childList.length === 0 && <Text c="dimmed">{t('absence.form.noChildren')}</Text>}
              {childList.map((child) => (
                <Paper key={child.childId} withBorder p="md">
                  <AbsenceChildParts
                    child={child}
                    period={period.from !== period.to}
                    selected={values.selected}
                    onChange={(selected) => {
                      form.setFieldValue('selected', selected);
                      form.clearFieldError('selected');
                    }}
                    errors={form.errors}
                  />
                </Paper>
              ))}
              {typeof form.errors.selected === 'string' && (
                <Alert color="red" variant="light">
                  {form.errors.selected}
                </Alert>
              )}

              <Paper withBorder p="md">
                <Stack gap="sm">
                  <Radio.Group
                    label={t('absence.form.reason')}
                    withAsterisk
                    {...form.getInputProps('reason')}
                  >
                    <Group gap="lg" mt="xs">
                      {absenceReasons.map((reason) => (
                        <Radio key={reason} value={reason} label={t(`absence.reasons.${reason}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                  <Textarea
                    label={t('absence.form.comment')}
                    placeholder={t('absence.form.commentPlaceholder')}
                    rows={3}
                    maxLength={1000}
                    {...form.getInputProps('comment')}
                  />
                </Stack>
              </Paper>

              <Divider />
              <AbsenceSummary chosen={chosen} childList={childList} now={new Date()} />
              <FormErrorAlert error={create.error} />
              <Group>
                <Button type="submit" loading={create.isPending} disabled={chosen.length === 0}>
                  {t('absence.form.submit')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
