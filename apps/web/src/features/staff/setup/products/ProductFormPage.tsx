import {
  Button,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  Radio,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type CareProduct, weekTypes } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { apiFieldErrors } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { ReadOnlyFieldset } from '../components/ReadOnlyFieldset.tsx';
import { SetupPage } from '../components/SetupPage.tsx';
import { WEEKDAYS } from '../groups/opening-hours.ts';
import { useCareProduct, useCreateCareProduct, useGroups, useUpdateCareProduct } from '../queries.ts';
import { setupPath } from '../setup-tabs.ts';
import {
  type ProductFormValues,
  productBody,
  productFormPath,
  productFormValues,
  validateProduct,
} from './product-form.ts';

/** The groups to choose from, under their location's name. */
function useGroupOptions() {
  const groups = useGroups({ search: '', locationId: null });
  const byLocation = new Map<string, { value: string; label: string }[]>();
  for (const group of groups.data ?? []) {
    const items = byLocation.get(group.locationName) ?? [];
    items.push({ value: group.id, label: group.name });
    byLocation.set(group.locationName, items);
  }
  return [...byLocation].map(([location, items]) => ({ group: location, items }));
}

function ProductForm({ product }: { product?: CareProduct }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const groupOptions = useGroupOptions();
  const create = useCreateCareProduct();
  const update = useUpdateCareProduct(product?.id ?? '');
  const mutation = product ? update : create;
  const form = useForm<ProductFormValues>({
    initialValues: productFormValues(product, currentLocale()),
    validate: (values) => validateProduct(values, t),
  });

  const submit = form.onSubmit((values) => {
    if (mutation.isPending) return;
    mutation.mutate(productBody(values), {
      onSuccess: (saved) => {
        notify(
          t(product ? 'setup.products.saved' : 'setup.products.created', { name: saved.name }),
          'success',
        );
        void navigate(setupPath('producten'));
      },
      onError: (error) =>
        form.setErrors(
          apiFieldErrors(error, t, { messages: SETUP_FIELD_MESSAGES, formPath: productFormPath }),
        ),
    });
  });

  const readOnly = product !== undefined && !product.permittedActions.includes('careProduct.manage');
  return (
    <form onSubmit={submit} noValidate>
      <ReadOnlyFieldset readOnly={readOnly}>
        <Stack gap="md" maw={720}>
          <FormErrorAlert error={mutation.error} />
          <TextInput label={t('setup.products.name')} required {...form.getInputProps('name')} />
          <Group gap="md" align="flex-start">
            <TextInput
              type="time"
              label={t('setup.products.startTime')}
              w={160}
              {...form.getInputProps('startTime')}
            />
            <TextInput
              type="time"
              label={t('setup.products.endTime')}
              w={160}
              {...form.getInputProps('endTime')}
            />
          </Group>
          <Checkbox.Group label={t('setup.products.weekdays')} {...form.getInputProps('weekdays')}>
            <Group gap="md" mt="xs">
              {WEEKDAYS.map((weekday) => (
                <Checkbox key={weekday} value={String(weekday)} label={t(`setup.weekdays.${weekday}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Select
            label={t('setup.products.weekType')}
            data={weekTypes.map((type) => ({ value: type, label: t(`setup.weekTypes.${type}`) }))}
            allowDeselect={false}
            maw={320}
            {...form.getInputProps('weekType')}
          />
          <Radio.Group label={t('setup.products.usage')} {...form.getInputProps('usage')}>
            <Stack gap="xs" mt="xs">
              <Radio value="contract" label={t('setup.usages.contract')} />
              <Radio value="incidental" label={t('setup.usages.incidental')} />
            </Stack>
          </Radio.Group>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Radio.Group label={t('setup.products.pricing')} {...form.getInputProps('pricing')}>
                <Stack gap="xs" mt="xs">
                  <Radio value="hourly" label={t('setup.pricing.hourly')} />
                  <Radio value="fixed" label={t('setup.pricing.fixed')} />
                </Stack>
              </Radio.Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={
                  form.getValues().pricing === 'hourly'
                    ? t('setup.products.priceHourly')
                    : t('setup.products.priceFixed')
                }
                description={t('setup.products.priceHint')}
                inputMode="decimal"
                leftSection="€"
                maw={200}
                {...form.getInputProps('price')}
              />
            </Grid.Col>
          </Grid>
          <MultiSelect
            label={t('setup.products.groups')}
            description={t('setup.products.groupsHint')}
            data={groupOptions}
            searchable
            clearable
            nothingFoundMessage={t('setup.groups.empty')}
            {...form.getInputProps('groupIds')}
          />
          <Switch
            label={t('setup.products.active')}
            description={t('setup.products.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          {!readOnly && (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {product ? t('setup.common.save') : t('setup.products.create')}
              </Button>
            </Group>
          )}
        </Stack>
      </ReadOnlyFieldset>
    </form>
  );
}

const back = (t: TFunction) => ({ label: t('setup.products.backToList'), to: setupPath('producten') });

/** `/beheer/organisatie/producten/nieuw`. */
export function NewProductPage() {
  const { t } = useTranslation();
  return (
    <SetupPage title={t('setup.products.new')} back={back(t)}>
      <ProductForm />
    </SetupPage>
  );
}

/** `/beheer/organisatie/producten/:careProductId`. */
export function EditProductPage() {
  const { t } = useTranslation();
  const { careProductId = '' } = useParams();
  const product = useCareProduct(careProductId);
  return (
    <SetupPage title={product.data?.name ?? t('setup.products.edit')} back={back(t)}>
      {renderResult(product, (data) => (
        <ProductForm key={data.id} product={data} />
      ))}
    </SetupPage>
  );
}
