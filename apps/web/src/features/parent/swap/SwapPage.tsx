import { Alert, Button, Checkbox, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type RequestOptions, requestOptionsSchema, type SwapPart } from '@nestje/contract';
import { useQueries } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateOrPeriodFields } from '../../../components/DateOrPeriodFields.tsx';
import { ExpiryAndCommentFields } from '../../../components/ExpiryAndCommentFields.tsx';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { Loading } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { api } from '../../../lib/api.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AgendaFormHeader } from '../agenda/AgendaFormHeader.tsx';
import { formatDayHeader, isLocalDate } from '../agenda/dates.ts';
import type { SubmittedState } from '../agenda/RequestDayPage.tsx';
import { useCreateSwap, useSwapOptionsOfDates } from './queries.ts';
import { SwapChildCard } from './SwapChildCard.tsx';
import { SwapSummary } from './SwapSummary.tsx';
import {
  type ChosenSwap,
  canAssessAsWhole,
  chosenSwaps,
  emptySwapForm,
  findWanted,
  giveDatesOf,
  giveDatesProblems,
  giveKey,
  SWAP_PERIOD_MAX_DAYS,
  type SwapFormValues,
  swapBody,
  swapExpiryBounds,
  swapFormPathOf,
  swapProblems,
  swapsOverLimit,
  wantedDateProblem,
} from './swap-form.ts';
import { swapApiErrors, swapErrorText } from './swap-texts.ts';

/** The options of each wanted date (shared with Dag aanvragen's cache: one date is a period of one day). */
function useWantedOptions(dates: readonly string[]): Map<string, RequestOptions> {
  const results = useQueries({
    queries: dates.map((date) => ({
      queryKey: ['requests', 'options', date, date],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get(`/requests/options?${new URLSearchParams({ from: date, to: date })}`, requestOptionsSchema, {
          signal,
        }),
    })),
  });
  const byDate = new Map<string, RequestOptions>();
  results.forEach((result, i) => {
    const date = dates[i];
    if (date && result.data) byDate.set(date, result.data);
  });
  return byDate;
}

/**
 * `/agenda/ruildag` (P13): the date or period to give up and per date and child its planned day parts, the wanted
 * date (per child for one date, per given-up day part for a period), per given-up day part the wanted one, what
 * lapses, and "Indienen".
 */
export function SwapPage() {
  const { t } = useTranslation();
  usePageTitle(t('swap.title'));
  const navigate = useNavigate();
  const locale = currentLocale();
  const today = todayInAmsterdam();
  const form = useForm<SwapFormValues>({ initialValues: emptySwapForm() });
  const values = form.getValues();
  const period = values.mode === 'period';
  const giveDates = giveDatesOf(values);
  const results = useSwapOptionsOfDates(giveDates);
  const loaded = results.map((r) => r.data);
  const chosen = chosenSwaps(values, loaded);
  const dateErrors = Object.fromEntries(
    Object.entries(giveDatesProblems(values))
      .filter(([field]) => values[field as 'giveDate' | 'giveTo'] !== '')
      .map(([field, code]) => [field, swapErrorText(t, code)]),
  );
  const liveDateErrors: Record<string, string> = {};
  for (const swap of chosen) {
    const problem = wantedDateProblem(swap.child, swap.date, swap.wantedDate);
    if (problem && problem !== 'required')
      liveDateErrors[`wantedDate.${swap.wantedField}`] = swapErrorText(t, problem);
  }
  const overLimit = [...swapsOverLimit(chosen).values()];
  const wantedDates = [
    ...new Set(
      chosen
        .filter((s) => !liveDateErrors[`wantedDate.${s.wantedField}`] && isLocalDate(s.wantedDate))
        .map((s) => s.wantedDate),
    ),
  ].sort();
  const wantedOptions = useWantedOptions(wantedDates);
  const wanted = (swap: ChosenSwap) => findWanted(wantedOptions.get(swap.wantedDate), swap);
  const errors: Record<string, string | undefined> = {
    ...liveDateErrors,
    ...(form.errors as Record<string, string | undefined>),
  };
  const bounds = swapExpiryBounds(today, values, chosen);
  const asWhole = canAssessAsWhole(chosen);
  const create = useCreateSwap();

  const submit = form.onSubmit((submitted) => {
    if (create.isPending) return;
    const current = chosenSwaps(submitted, loaded);
    const problems = swapProblems(submitted, current, wanted, today);
    if (Object.keys(problems).length > 0) {
      form.setErrors(
        Object.fromEntries(Object.entries(problems).map(([k, code]) => [k, swapErrorText(t, code)])),
      );
      return;
    }
    const body = swapBody(submitted, current);
    create.mutate(body, {
      onSuccess: (created) => {
        const state: SubmittedState = { submitted: created.lines.length, skipped: [] };
        void navigate('/agenda/aanvragen', { state: { ...state, swap: true } });
      },
      onError: (error) =>
        form.setErrors(
          swapApiErrors(t, error, (path) => swapFormPathOf(path, body, submitted.mode === 'period')),
        ),
    });
  });

  /** The day parts of a child given up on one date (for a period, those of the other dates stay). */
  const setGives = (childId: string, keys: string[], date: string) => {
    const ofDate = (key: string) => !period || key.startsWith(`${date}:`);
    const others = (form.getValues().gives[childId] ?? []).filter((key) => !ofDate(key));
    form.setFieldValue('gives', {
      ...form.getValues().gives,
      [childId]: [...others, ...keys.filter(ofDate)],
    });
    form.clearErrors();
  };
  /** Where the wanted date of a given-up day part is: per child for one date, per day part for a period. */
  const wantedField = (childId: string, part: SwapPart, date: string) =>
    period ? giveKey(childId, part, date) : childId;
  const setWantedDate = (field: string, date: string) => {
    form.setFieldValue('wantedDates', { ...form.getValues().wantedDates, [field]: date });
    form.clearErrors();
  };
  const setTake = (key: string, value: string) => {
    form.setFieldValue('takes', { ...form.getValues().takes, [key]: value });
    form.clearErrors();
  };
  /** A new date, period or mode starts the choices afresh. */
  const setWhen = (field: 'mode' | 'giveDate' | 'giveTo', value: string) => {
    const current = form.getValues();
    form.setValues({
      ...emptySwapForm(),
      mode: current.mode,
      giveDate: current.giveDate,
      giveTo: current.giveTo,
      [field]: value,
    });
    form.clearErrors();
  };
  const firstPending = results.find((r) => r.isPending);
  const firstError = results.find((r) => r.isError)?.error;
  const everyLoaded = giveDates.length > 0 && loaded.every((d) => d !== undefined);

  return (
    <Stack gap="lg" maw={720}>
      <AgendaFormHeader back={t('swap.back')} title={t('swap.title')} intro={t('swap.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <DateOrPeriodFields
            id="swap-when"
            texts={{
              when: t('swap.when'),
              single: t('swap.single'),
              period: t('swap.period'),
              date: t('swap.giveDate'),
              from: t('swap.giveFrom'),
              to: t('swap.giveTo'),
              periodHint: t('swap.periodHint', { max: SWAP_PERIOD_MAX_DAYS }),
            }}
            period={period}
            fromMin={today}
            toMin={values.giveDate || today}
            modeInput={{
              ...form.getInputProps('mode'),
              onChange: (value: string) => setWhen('mode', value),
            }}
            fromInput={{
              ...form.getInputProps('giveDate'),
              onChange: (event: ChangeEvent<HTMLInputElement>) =>
                setWhen('giveDate', event.currentTarget.value),
              error: errors.giveDate ?? dateErrors.giveDate,
            }}
            toInput={{
              ...form.getInputProps('giveTo'),
              onChange: (event: ChangeEvent<HTMLInputElement>) =>
                setWhen('giveTo', event.currentTarget.value),
              error: errors.giveTo ?? dateErrors.giveTo,
            }}
          />
          {giveDates.length === 0 && <Text c="dimmed">{t('swap.chooseDate')}</Text>}
          {firstPending && <Loading minHeight={80} />}
          {firstError && <FormErrorAlert error={firstError} />}
          {everyLoaded && (
            <Stack gap="lg">
              {loaded.map(
                (day) =>
                  day && (
                    <Stack key={day.date} gap="md" data-testid={period ? 'swap-date' : undefined}>
                      {period && (
                        <Title order={2} size="h3">
                          {formatDayHeader(day.date, locale)}
                        </Title>
                      )}
                      {day.children.length === 0 && <Text c="dimmed">{t('swap.noChildren')}</Text>}
                      {day.children.map((child, index) => {
                        const dateKey = period ? day.date : undefined;
                        const field = (part: SwapPart) => wantedField(child.childId, part, day.date);
                        const wantedOf = (part: SwapPart) => values.wantedDates[field(part)] ?? '';
                        return (
                          <SwapChildCard
                            key={child.childId}
                            child={child}
                            colourIndex={index}
                            dateKey={dateKey}
                            perPart={period}
                            gives={values.gives[child.childId] ?? []}
                            onGivesChange={(keys) => setGives(child.childId, keys, day.date)}
                            wantedDateOf={wantedOf}
                            onWantedDateChange={(part, date) => setWantedDate(field(part), date)}
                            wantedOptionsOf={(part) => wantedOptions.get(wantedOf(part))}
                            wantedDateErrorOf={(part) => errors[`wantedDate.${field(part)}`]}
                            takeOf={(part) => values.takes[giveKey(child.childId, part, dateKey)] ?? ''}
                            onTakeChange={(part, value) =>
                              setTake(giveKey(child.childId, part, dateKey), value)
                            }
                            errors={errors}
                            errorOf={(part) => errors[`take.${giveKey(child.childId, part, dateKey)}`]}
                          />
                        );
                      })}
                    </Stack>
                  ),
              )}
              {errors.gives && (
                <Alert color="red" variant="light">
                  {errors.gives}
                </Alert>
              )}

              <Paper withBorder p="md">
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    {t('swap.processing')}
                  </Title>
                  {asWhole && (
                    <Checkbox
                      label={t('swap.assessAsWhole')}
                      description={t('swap.assessAsWholeHint')}
                      error={errors.assessAsWhole}
                      {...form.getInputProps('assessAsWhole', { type: 'checkbox' })}
                    />
                  )}
                  <ExpiryAndCommentFields
                    texts={{
                      expiresOn: t('swap.expiresOn'),
                      expiresOnHint: t('swap.expiresOnHint'),
                      comment: t('swap.comment'),
                      commentPlaceholder: t('swap.commentPlaceholder'),
                    }}
                    min={bounds.min}
                    max={bounds.max || undefined}
                    expiresOnInput={form.getInputProps('expiresOn')}
                    commentInput={form.getInputProps('comment')}
                  />
                </Stack>
              </Paper>

              <Divider />
              {overLimit.map(({ child, chosen: count, left }) => (
                <Alert key={child.childId} color="red" variant="light" data-testid="swaps-over-limit">
                  {t('swap.overLimit', { child: child.firstName, count, left })}
                </Alert>
              ))}
              <SwapSummary chosen={chosen} wanted={wanted} />
              <FormErrorAlert error={create.error} />
              <Group>
                <Button type="submit" loading={create.isPending} disabled={chosen.length === 0}>
                  {t('swap.submit')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
