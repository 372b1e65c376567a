import { Button, Grid, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { StaffMember } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { apiFieldErrors } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { ReadOnlyFieldset } from '../components/ReadOnlyFieldset.tsx';
import { setupPath } from '../setup-tabs.ts';
import { useInviteStaffMember, useUpdateStaffMember } from './queries.ts';
import { RolesEditor } from './RolesEditor.tsx';
import {
  inviteBody,
  type StaffFormValues,
  staffFormPath,
  staffFormValues,
  updateBody,
  validateStaff,
} from './staff-form.ts';

/** Inviting a colleague (name, e-mail, roles), or changing one's name, phone and roles. */
export function StaffMemberForm({ member, readOnly = false }: { member?: StaffMember; readOnly?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invite = useInviteStaffMember();
  const update = useUpdateStaffMember(member?.id ?? '');
  const mutation = member ? update : invite;
  const form = useForm<StaffFormValues>({
    initialValues: staffFormValues(member),
    validate: (values) => validateStaff(values, member ? 'edit' : 'invite', t),
  });

  const submit = form.onSubmit((values) => {
    if (mutation.isPending) return;
    const onError = (error: Error) =>
      form.setErrors(apiFieldErrors(error, t, { messages: SETUP_FIELD_MESSAGES, formPath: staffFormPath }));
    if (member) {
      update.mutate(updateBody(values), {
        onSuccess: () => {
          form.resetDirty();
          notify(t('setup.staff.saved', { name: `${values.firstName} ${values.lastName}` }), 'success');
        },
        onError,
      });
    } else {
      invite.mutate(inviteBody(values), {
        onSuccess: (created) => {
          notify(t('setup.staff.invited', { email: created.email }), 'success');
          void navigate(setupPath('medewerkers'));
        },
        onError,
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <ReadOnlyFieldset readOnly={readOnly}>
        <Stack gap="md" maw={860}>
          <FormErrorAlert error={mutation.error} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('setup.staff.firstName')}
                autoComplete="off"
                {...form.getInputProps('firstName')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('setup.staff.lastName')}
                autoComplete="off"
                {...form.getInputProps('lastName')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('setup.staff.email')}
                description={member ? t('setup.staff.emailFixed') : t('setup.staff.emailHint')}
                type="email"
                autoComplete="off"
                readOnly={member !== undefined}
                {...form.getInputProps('email')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('setup.staff.phone')}
                type="tel"
                autoComplete="off"
                {...form.getInputProps('phone')}
              />
            </Grid.Col>
          </Grid>
          <RolesEditor form={form} />
          {!readOnly && (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {member ? t('setup.common.save') : t('setup.staff.sendInvite')}
              </Button>
            </Group>
          )}
        </Stack>
      </ReadOnlyFieldset>
    </form>
  );
}
