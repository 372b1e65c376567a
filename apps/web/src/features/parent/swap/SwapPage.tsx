import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Divider,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type RequestOptions, requestOptionsSchema, type SwapPart } from '@nestje/contract';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExpiryAndCommentFields } from '../../../components/ExpiryAndCommentFields.tsx';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { Loading } from '../../../components/QueryResult.tsx';
import { api } from '../../../lib/api.ts';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { isLocalDate } from '../agenda/dates.ts';
import type { SubmittedState } from '../agenda/RequestDayPage.tsx';
import { useCreateSwap, useSwapOptions } from './queries.ts';
import { SwapChildCard } from './SwapChildCard.tsx';
import { SwapSummary } from './SwapSummary.tsx';
import {
  type ChosenSwap,
  canAssessAsWhole,
  chosenSwaps,
  emptySwapForm,
  findWanted,
  giveKey,
  type SwapFormValues,
  swapBody,
  swapExpiryBounds,
  swapFormPathOf,
  swapProblems,
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
 * `/agenda/ruildag` (P13): the date to give up and per child its planned day parts, per child the wanted date and
 * per given-up day part the wanted one, what lapses, and "Indienen".
 */
export function SwapPage() {
  const { t } = useTranslation();
  usePageTitle(t('swap.title'));
  const navigate = useNavigate();
  const today = todayInAmsterdam();
  const form = useForm<SwapFormValues>({ initialValues: emptySwapForm() });
  const values = form.getValues();
  const giveDate = isLocalDate(values.giveDate) ? values.giveDate : null;
  const options = useSwapOptions(giveDate);
  const chosen = chosenSwaps(values, options.data);
  const liveDateErrors: Record<string, string> = {};
  for (const swap of chosen) {
    const problem = wantedDateProblem(swap.child, values.giveDate, swap.wantedDate);
    if (problem && problem !== 'required')
      liveDateErrors[`wantedDate.${swap.child.childId}`] = swapErrorText(t, problem);
  }
  const wantedDates = [
    ...new Set(
      chosen
        .filter((s) => !liveDateErrors[`wantedDate.${s.child.childId}`] && isLocalDate(s.wantedDate))
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
    const current = chosenSwaps(submitted, options.data);
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
      onError: (error) => form.setErrors(swapApiErrors(t, error, (path) => swapFormPathOf(path, body))),
    });
  });

  const setGives = (childId: string, keys: string[]) => {
    form.setFieldValue('gives', { ...form.getValues().gives, [childId]: keys });
    form.clearErrors();
  };
  const setWantedDate = (childId: string, date: string) => {
    form.setFieldValue('wantedDates', { ...form.getValues().wantedDates, [childId]: date });
    form.clearErrors();
  };
  const setTake = (childId: string, part: SwapPart, value: string) => {
    form.setFieldValue('takes', { ...form.getValues().takes, [giveKey(childId, part)]: value });
    form.clearErrors();
  };

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/agenda" size="sm">
        {t('swap.back')}
      </Anchor>
      <Title order={1}>{t('swap.title')}</Title>
      <Text>{t('swap.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <TextInput
            type="date"
            label={t('swap.giveDate')}
            min={today}
            maw={280}
            {...form.getInputProps('giveDate')}
            onChange={(event) => {
              form.setValues({ ...emptySwapForm(), giveDate: event.currentTarget.value });
              form.clearErrors();
            }}
          />
          {!giveDate && <Text c="dimmed">{t('swap.chooseDate')}</Text>}
          {giveDate && options.isPending && <Loading minHeight={80} />}
          {giveDate && options.isError && <FormErrorAlert error={options.error} />}
          {giveDate && options.data && (
            <Stack gap="lg">
              {options.data.children.length === 0 && <Text c="dimmed">{t('swap.noChildren')}</Text>}
              {options.data.children.map((child, index) => (
                <SwapChildCard
                  key={child.childId}
                  child={child}
                  colourIndex={index}
                  giveDate={giveDate}
                  gives={values.gives[child.childId] ?? []}
                  onGivesChange={(keys) => setGives(child.childId, keys)}
                  wantedDate={values.wantedDates[child.childId] ?? ''}
                  onWantedDateChange={(date) => setWantedDate(child.childId, date)}
                  wantedOptions={wantedOptions.get(values.wantedDates[child.childId] ?? '')}
                  takeOf={(part) => values.takes[giveKey(child.childId, part)] ?? ''}
                  onTakeChange={(part, value) => setTake(child.childId, part, value)}
                  errors={errors}
                  errorOf={(part) => errors[`take.${giveKey(child.childId, part)}`]}
                />
              ))}
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
              <SwapSummary giveDate={giveDate} chosen={chosen} wanted={wanted} />
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
