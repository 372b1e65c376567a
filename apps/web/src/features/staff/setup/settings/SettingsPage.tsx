import { Button, ColorInput, Fieldset, Group, Paper, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type OrganisationSettings,
  schoolHolidayRegions,
  updateOrganisationSettingsBodySchema,
} from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { SETUP_ERRORS } from '../components/field-messages.ts';
import { SetupPage } from '../components/SetupPage.tsx';
import { useOrganisationSettings, useUpdateOrganisationSettings } from '../queries.ts';
import { LogoField } from './LogoField.tsx';

/** Colours to start from; any other `#rrggbb` can be typed or picked. */
const SWATCHES = ['#2f6f5e', '#1864ab', '#5f3dc4', '#c2255c', '#d9480f', '#2b8a3e', '#495057'];

type Values = Pick<OrganisationSettings, 'name' | 'primaryColour' | 'features' | 'schoolHolidayRegion'>;

const valuesOf = (settings: OrganisationSettings): Values => ({
  name: settings.name,
  primaryColour: settings.primaryColour,
  features: { ...settings.features },
  schoolHolidayRegion: settings.schoolHolidayRegion,
});

function SettingsForm({ settings }: { settings: OrganisationSettings }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisationSettings();
  const form = useForm<Values>({
    initialValues: valuesOf(settings),
    validate: (values) => validateWith(updateOrganisationSettingsBodySchema, values, t, SETUP_ERRORS),
  });

  const submit = form.onSubmit((values) => {
    update.mutate(values, {
      onSuccess: (saved) => {
        form.setInitialValues(valuesOf(saved));
        form.setValues(valuesOf(saved));
        notify(t('setup.settings.saved'), 'success');
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t, SETUP_ERRORS)),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={640}>
        <FormErrorAlert error={update.error} />
        <Fieldset legend={t('setup.settings.brandLegend')}>
          <Stack gap="md">
            <TextInput
              label={t('setup.settings.name')}
              required
              maxLength={200}
              {...form.getInputProps('name')}
            />
            <ColorInput
              label={t('setup.settings.primaryColour')}
              description={t('setup.settings.primaryColourHint')}
              format="hex"
              swatches={SWATCHES}
              swatchesPerRow={7}
              maw={260}
              {...form.getInputProps('primaryColour')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('setup.settings.featuresLegend')}>
          <Stack gap="sm">
            {(['video', 'credits', 'observations'] as const).map((feature) => (
              <Switch
                key={feature}
                label={t(`setup.settings.features.${feature}`)}
                description={t(`setup.settings.featureHints.${feature}`)}
                {...form.getInputProps(`features.${feature}`, { type: 'checkbox' })}
              />
            ))}
          </Stack>
        </Fieldset>
        <Radio.Group
          label={t('setup.settings.holidayRegion')}
          description={t('setup.settings.holidayRegionHint')}
          {...form.getInputProps('schoolHolidayRegion')}
        >
          <Group gap="lg" mt="xs">
            {schoolHolidayRegions.map((region) => (
              <Radio key={region} value={region} label={t(`setup.settings.regions.${region}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('setup.settings.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/beheer/organisatie/instellingen`: name, colour, logo, features and school-holiday region. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useOrganisationSettings();
  return (
    <SetupPage title={t('setup.settings.title')}>
      {renderResult(settings, (data) => (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="md" maw={640}>
            <LogoField logoUrl={data.logoUrl} />
          </Paper>
          <SettingsForm settings={data} />
        </Stack>
      ))}
    </SetupPage>
  );
}
