import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The part of a Mantine form the fields need: input props by path. */
export interface FieldSource {
  getInputProps: (path: string) => GetInputPropsReturnType;
}

/** A guardian's name, e-mail and phone; `prefix` is the path of the contact in the form ('' at the top). */
export function ContactFields({ form, prefix }: { form: FieldSource; prefix: string }) {
  const { t } = useTranslation();
  const path = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('families.guardian.firstName')}
          autoComplete="off"
          required
          {...form.getInputProps(path('firstName'))}
        />
        <TextInput
          label={t('families.guardian.lastName')}
          autoComplete="off"
          required
          {...form.getInputProps(path('lastName'))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="email"
          label={t('families.guardian.email')}
          description={t('families.guardian.emailHint')}
          autoComplete="off"
          required
          {...form.getInputProps(path('email'))}
        />
        <TextInput
          type="tel"
          label={t('families.guardian.phone')}
          autoComplete="off"
          {...form.getInputProps(path('phone'))}
        />
      </SimpleGrid>
    </>
  );
}

/** Street, house number, postcode and city (each optional), as one labelled group. */
export function AddressFields({ form, prefix }: { form: FieldSource; prefix: string }) {
  const { t } = useTranslation();
  const path = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const id = useId();
  return (
    <Stack gap={6} role="group" aria-labelledby={id}>
      <Text fw={600} size="sm" id={id}>
        {t('families.guardian.address')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('families.guardian.street')}
          autoComplete="off"
          {...form.getInputProps(path('street'))}
        />
        <TextInput
          label={t('families.guardian.houseNumber')}
          autoComplete="off"
          {...form.getInputProps(path('houseNumber'))}
        />
        <TextInput
          label={t('families.guardian.postcode')}
          autoComplete="off"
          {...form.getInputProps(path('postcode'))}
        />
        <TextInput
          label={t('families.guardian.city')}
          autoComplete="off"
          {...form.getInputProps(path('city'))}
        />
      </SimpleGrid>
    </Stack>
  );
}
