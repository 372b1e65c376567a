import { Button, Grid, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type CreateLocationBody, createLocationBodySchema, type Location } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { apiFieldErrors, validateWith } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { SETUP_ERRORS } from '../components/field-messages.ts';
import { ReadOnlyFieldset } from '../components/ReadOnlyFieldset.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { useCreateLocation, useLocationDetail, useUpdateLocation } from '../queries.ts';
import { setupPath } from '../setup-tabs.ts';

type Values = Required<CreateLocationBody>;

const valuesOf = (location?: Location): Values => ({
  name: location?.name ?? '',
  street: location?.street ?? '',
  houseNumber: location?.houseNumber ?? '',
  postcode: location?.postcode ?? '',
  city: location?.city ?? '',
  phone: location?.phone ?? '',
  email: location?.email ?? '',
});

function LocationForm({ location }: { location?: Location }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateLocation();
  const update = useUpdateLocation(location?.id ?? '');
  const mutation = location ? update : create;
  const form = useForm<Values>({
    initialValues: valuesOf(location),
    validate: (values) => validateWith(createLocationBodySchema, values, t, SETUP_ERRORS),
  });

  const submit = form.onSubmit((values) => {
    if (mutation.isPending) return;
    mutation.mutate(values, {
      onSuccess: (saved) => {
        notify(
          t(location ? 'setup.locations.saved' : 'setup.locations.created', { name: saved.name }),
          'success',
        );
        void navigate(setupPath('locaties'));
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t, SETUP_ERRORS)),
    });
  });

  const field = (name: keyof Values) => form.getInputProps(name);
  const readOnly = location !== undefined && !location.permittedActions.includes('location.manage');
  return (
    <form onSubmit={submit} noValidate>
      <ReadOnlyFieldset readOnly={readOnly}>
        <Stack gap="md" maw={640}>
          <FormErrorAlert error={mutation.error} />
          <TextInput label={t('setup.locations.name')} required {...field('name')} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t('setup.locations.street')}
                autoComplete="address-line1"
                {...field('street')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('setup.locations.houseNumber')} {...field('houseNumber')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t('setup.locations.postcode')}
                autoComplete="postal-code"
                {...field('postcode')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label={t('setup.locations.city')} autoComplete="address-level2" {...field('city')} />
            </Grid.Col>
          </Grid>
          <TextInput label={t('setup.locations.phone')} type="tel" autoComplete="tel" {...field('phone')} />
          <TextInput
            label={t('setup.locations.email')}
            type="email"
            autoComplete="email"
            {...field('email')}
          />
          {!readOnly && (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {location ? t('setup.common.save') : t('setup.locations.create')}
              </Button>
            </Group>
          )}
        </Stack>
      </ReadOnlyFieldset>
    </form>
  );
}

const back = (t: TFunction) => ({
  label: t('setup.locations.backToList'),
  to: setupPath('locaties'),
});

/** `/beheer/organisatie/locaties/nieuw`. */
export function NewLocationPage() {
  const { t } = useTranslation();
  return (
    <SetupPage title={t('setup.locations.new')} back={back(t)}>
      <LocationForm />
    </SetupPage>
  );
}

/** `/beheer/organisatie/locaties/:locationId`. */
export function EditLocationPage() {
  const { t } = useTranslation();
  const { locationId = '' } = useParams();
  const location = useLocationDetail(locationId);
  return (
    <SetupPage title={location.data?.name ?? t('setup.locations.edit')} back={back(t)}>
      {renderResult(location, (data) => (
        <LocationForm key={data.id} location={data} />
      ))}
    </SetupPage>
  );
}
