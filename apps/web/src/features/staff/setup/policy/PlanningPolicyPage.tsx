import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type PlanningPolicy, planningPolicyFields, updatePlanningPolicyBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { SetupPage } from '../components/SetupPage.tsx';
import {
  POLICY_FIELD_MESSAGES,
  type PolicyFormValues,
  policyBody,
  policyFormPath,
  policyFormValues,
} from './policy-form.ts';
import { usePlanningPolicy, useUpdatePlanningPolicy } from './queries.ts';

const ERRORS = { messages: POLICY_FIELD_MESSAGES, formPath: policyFormPath };

function PolicyForm({ policy }: { policy: PlanningPolicy }) {
  const { t } = useTranslation();
  const update = useUpdatePlanningPolicy();
  const form = useForm<PolicyFormValues>({
    initialValues: policyFormValues(policy),
    validate: (values) => validateWith(updatePlanningPolicyBodySchema, policyBody(values), t, ERRORS),
  });

  const submit = form.onSubmit((values) => {
    update.mutate(policyBody(values), {
      onSuccess: (saved) => {
        form.setInitialValues(policyFormValues(saved));
        form.setValues(policyFormValues(saved));
        notify(t('setup.policy.saved'), 'success');
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t, ERRORS)),
    });
  });

  const organisation = form.getValues().organisation;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={960}>
        <FormErrorAlert error={update.error} />
        <Fieldset legend={t('setup.policy.organisationLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {planningPolicyFields.map((field) => (
              <NumberInput
                key={field}
                label={t(`setup.policy.fields.${field}`)}
                description={t(`setup.policy.hints.${field}`)}
                suffix={t(`setup.policy.units.${field}`)}
                required
                allowDecimal={false}
                allowNegative={false}
                maw={360}
                {...form.getInputProps(`organisation.${field}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('setup.policy.overridesLegend')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('setup.policy.overridesHint')}
            </Text>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('setup.policy.groupKind')}</Table.Th>
                    {planningPolicyFields.map((field) => (
                      <Table.Th key={field}>{t(`setup.policy.fields.${field}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {form.getValues().overrides.map((row, i) => (
                    <Table.Tr key={row.groupKind}>
                      <Table.Th scope="row">{t(`setup.groupKinds.${row.groupKind}`)}</Table.Th>
                      {planningPolicyFields.map((field) => (
                        <Table.Td key={field}>
                          <NumberInput
                            aria-label={t('setup.policy.overrideLabel', {
                              kind: row.groupKind,
                              field: t(`setup.policy.fields.${field}`),
                            })}
                            placeholder={t('setup.policy.follows', { value: organisation[field] })}
                            allowDecimal={false}
                            allowNegative={false}
                            miw={120}
                            {...form.getInputProps(`overrides.${i}.values.${field}`)}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('setup.policy.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/beheer/organisatie/planningsbeleid`: lead time, horizon, cancellation and request deadlines. */
export function PlanningPolicyPage() {
  const { t } = useTranslation();
  const policy = usePlanningPolicy();
  return (
    <SetupPage title={t('setup.policy.title')}>
      <Text maw={720}>{t('setup.policy.intro')}</Text>
      {renderResult(policy, (data) => (
        <PolicyForm policy={data} />
      ))}
    </SetupPage>
  );
}
