import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChildFile } from '@nestje/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { ApiError } from '../../../../lib/api.ts';
import { apiFieldErrors } from '../../../../lib/form-errors.ts';
import { fullName } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { usePageTitle } from '../../../../lib/use-page-title.ts';
import { BackToList } from '../components/RecordPage.tsx';
import { LocationSelect, MentorSelect } from '../components/Selects.tsx';
import { useChildFile, useCreateChild, useLocations } from '../queries.ts';
import {
  emptyFamily,
  type FamilyFormValues,
  familyBody,
  familyFormPath,
  knownGuardianEntry,
  newGuardianEntry,
  validateFamily,
} from './family-form.ts';
import { findTakenOffer, GuardianEntryFields, type TakenOffer } from './GuardianEntryFields.tsx';

/** The sibling's family taken over: same location and last name, the same guardians linked. */
function siblingValues(file: ChildFile): FamilyFormValues {
  return {
    ...emptyFamily(file.child.location.id),
    lastName: file.child.lastName,
    guardians: file.guardians.map((guardian) =>
      knownGuardianEntry(
        { id: guardian.id, name: fullName(guardian), email: guardian.email },
        guardian.parentalAuthority,
      ),
    ),
  };
}

const MAX_GUARDIANS = 4;

function FamilyForm({ initial, sibling }: { initial: FamilyFormValues; sibling: ChildFile | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateChild();
  const [offers, setOffers] = useState<Record<number, TakenOffer>>({});
  const form = useForm<FamilyFormValues>({
    initialValues: initial,
    validate: (values) => validateFamily(values, t),
  });
  const guardians = form.getValues().guardians;

  // With one location there is nothing to choose: it is filled in once known.
  const locations = useLocations();
  const onlyLocation = locations.data?.locations.length === 1 ? locations.data.locations[0]?.id : undefined;
  useEffect(() => {
    if (onlyLocation && form.getValues().locationId === '') form.setFieldValue('locationId', onlyLocation);
  }, [onlyLocation, form.getValues, form.setFieldValue]);

  /** A 409 `taken` on a new guardian's e-mail: find who has it, to offer linking them instead. */
  const offerExisting = async (values: FamilyFormValues, error: unknown) => {
    if (!(error instanceof ApiError)) return;
    const found: Record<number, TakenOffer> = {};
    for (const field of error.fields) {
      const match = /^guardians\.(\d+)\.guardian\.email$/.exec(field.path);
      const entry = match ? values.guardians[Number(match[1])] : undefined;
      if (!match || field.code !== 'taken' || !entry) continue;
      const offer = await findTakenOffer(entry.guardian.email);
      if (offer) found[Number(match[1])] = offer;
    }
    setOffers(found);
  };

  const submit = form.onSubmit((values) => {
    if (create.isPending) return;
    setOffers({});
    create.mutate(familyBody(values), {
      onSuccess: (file) => {
        notify(t('families.newFamily.saved', { name: fullName(file.child) }), 'success');
        void navigate(`/beheer/gezinnen/kinderen/${file.child.id}`);
      },
      onError: (error) => {
        form.setErrors(apiFieldErrors(error, t, { formPath: (path) => familyFormPath(values, path) }));
        void offerExisting(values, error);
      },
    });
  });

  const linkOffer = (index: number, offer: TakenOffer) => {
    const current = form.getValues().guardians[index];
    form.setFieldValue(`guardians.${index}`, knownGuardianEntry(offer, current?.parentalAuthority ?? true));
    form.clearFieldError(`guardians.${index}.guardian.email`);
    setOffers(({ [index]: _used, ...rest }) => rest);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={880}>
        <FormErrorAlert error={create.error} />
        <Paper
          withBorder
          p="md"
          radius="md"
          component="fieldset"
          aria-labelledby="child-title"
          style={{ margin: 0 }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="child-title">
              {t('families.newFamily.childTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('families.child.firstName')}
                required
                {...form.getInputProps('firstName')}
              />
              <TextInput label={t('families.child.lastName')} required {...form.getInputProps('lastName')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('families.child.birthDate')}
                required
                {...form.getInputProps('birthDate')}
              />
              <LocationSelect required {...form.getInputProps('locationId')} />
            </SimpleGrid>
            <MentorSelect {...form.getInputProps('mentorStaffMemberId')} w={{ base: '100%', sm: '50%' }} />
          </Stack>
        </Paper>
        {guardians.map((entry, index) => (
          <GuardianEntryFields
            // biome-ignore lint/suspicious/noArrayIndexKey: guardians are only added at the end or removed last.
            key={index}
            form={form}
            index={index}
            offer={offers[index] ?? null}
            onUseOffer={(offer) => linkOffer(index, offer)}
            onRemove={
              index > 0 && index === guardians.length - 1 && !(sibling && entry.mode === 'existing')
                ? () => form.removeListItem('guardians', index)
                : undefined
            }
          />
        ))}
        {guardians.length < MAX_GUARDIANS && (
          <Group>
            <Button
              variant="light"
              onClick={() => form.insertListItem('guardians', newGuardianEntry(guardians[0]?.mode === 'new'))}
            >
              {guardians.length === 1
                ? t('families.newFamily.addSecondGuardian')
                : t('families.newFamily.addGuardian')}
            </Button>
          </Group>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('families.newFamily.submit')}
          </Button>
          <Button component={Link} to="/beheer/gezinnen" variant="default">
            {t('families.newFamily.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SiblingForm({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const file = useChildFile(childId);
  return renderResult(file, (data) => (
    <Stack gap="md">
      <Text>
        {t('families.newFamily.siblingIntro', { name: fullName(data.child) })}{' '}
        <Anchor component={Link} to={`/beheer/gezinnen/kinderen/${data.child.id}`}>
          {t('families.newFamily.siblingBack', { name: data.child.firstName })}
        </Anchor>
      </Text>
      <FamilyForm initial={siblingValues(data)} sibling={data} />
    </Stack>
  ));
}

/**
 * `/beheer/gezinnen/nieuw`: a child with one or more guardians (a second household allowed). With
 * `?gezinVan=<child>` it adds a brother or sister: the same guardians, linked.
 */
export function NewFamilyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const siblingOf = params.get('gezinVan');
  const title = siblingOf ? t('families.newFamily.siblingTitle') : t('families.newFamily.title');
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <BackToList />
      <Title order={1}>{title}</Title>
      {siblingOf ? (
        <SiblingForm childId={siblingOf} />
      ) : (
        <FamilyForm initial={emptyFamily()} sibling={null} />
      )}
    </Stack>
  );
}
