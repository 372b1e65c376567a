import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ChildFile, type UpdateChildBody, updateChildBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { validateWith } from '../../../../lib/form-errors.ts';
import { fullName } from '../../../../lib/format.ts';
import { EditSection, useSaveChanges } from '../components/EditSection.tsx';
import { LocationSelect, MentorSelect } from '../components/Selects.tsx';
import { useUpdateChild } from '../queries.ts';

interface ChildValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  locationId: string;
  mentorStaffMemberId: string;
}

function valuesOf(child: ChildFile['child']): ChildValues {
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    birthDate: child.birthDate,
    locationId: child.location.id,
    mentorStaffMemberId: child.mentor?.id ?? '',
  };
}

/** Only what changed is sent (the change is audited field by field). */
export function changedFields(before: ChildValues, after: ChildValues): UpdateChildBody {
  const body: UpdateChildBody = {};
  if (after.firstName.trim() !== before.firstName) body.firstName = after.firstName.trim();
  if (after.lastName.trim() !== before.lastName) body.lastName = after.lastName.trim();
  if (after.birthDate !== before.birthDate) body.birthDate = after.birthDate;
  if (after.locationId && after.locationId !== before.locationId) body.locationId = after.locationId;
  // A cleared select gives null.
  const mentor = after.mentorStaffMemberId || '';
  if (mentor !== before.mentorStaffMemberId) body.mentorStaffMemberId = mentor || null;
  return body;
}

/** "Gegevens": the child's names, birth date, location and mentor. */
export function ChildDataForm({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const update = useUpdateChild(file.child.id);
  const initial = valuesOf(file.child);
  const form = useForm<ChildValues>({
    initialValues: initial,
    validate: (values) =>
      validateWith(
        updateChildBodySchema,
        {
          ...values,
          birthDate: values.birthDate || undefined,
          mentorStaffMemberId: values.mentorStaffMemberId || null,
        },
        t,
      ),
  });
  const save = useSaveChanges(update, form);
  const submit = form.onSubmit((values) =>
    save(changedFields(initial, values), () => form.resetDirty(values)),
  );
  return (
    <EditSection
      titleId="child-data-title"
      title={t('families.file.dataTitle')}
      onSubmit={submit}
      error={update.error}
      pending={update.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('families.child.firstName')} required {...form.getInputProps('firstName')} />
        <TextInput label={t('families.child.lastName')} required {...form.getInputProps('lastName')} />
        <TextInput
          type="date"
          label={t('families.child.birthDate')}
          required
          {...form.getInputProps('birthDate')}
        />
        <LocationSelect required {...form.getInputProps('locationId')} />
        <MentorSelect
          current={file.child.mentor ? { id: file.child.mentor.id, name: fullName(file.child.mentor) } : null}
          {...form.getInputProps('mentorStaffMemberId')}
        />
      </SimpleGrid>
      {file.child.externalRef && (
        <Text size="sm" c="dimmed">
          {t('families.file.externalRef', { ref: file.child.externalRef })}
        </Text>
      )}
    </EditSection>
  );
}
