import { Avatar, Button, Fieldset, Group, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  STAFF_ABOUT_MAX,
  type StaffProfile,
  type UpdateStaffProfileBody,
  updateStaffProfileBodySchema,
} from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';
import { UploadList } from '../../../components/media/UploadList.tsx';
import { useUploads } from '../../../components/media/use-uploads.ts';
import { apiFieldErrors, validateWith } from '../../../lib/form-errors.ts';
import { fullName } from '../../../lib/format.ts';
import { notify } from '../../../lib/notify.ts';
import { initialsOf } from '../../parent/my-location/TeamSection.tsx';
import { useUpdateStaffProfile } from './queries.ts';

interface Values {
  displayName: string;
  about: string;
  visibleToParents: boolean;
}

const valuesOf = (profile: StaffProfile): Values => ({
  displayName: profile.customDisplayName ?? '',
  about: profile.about,
  visibleToParents: profile.visibleToParents,
});

/**
 * A staff profile as parents will see it in Ons team: the name for parents, "Over mij", a photo (uploaded at
 * once with its progress, kept when the profile is saved) and whether parents see the profile at all.
 */
export function ProfileForm({ profile, own }: { profile: StaffProfile; own: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateStaffProfile(profile.staffMemberId);
  const uploads = useUploads();
  const [photo, setPhoto] = useState(profile.photo);
  const form = useForm<Values>({ initialValues: valuesOf(profile) });
  const uploaded = uploads.items.filter((item) => item.status === 'done').at(-1)?.media ?? null;
  const shown = uploaded ?? photo;
  const name = form.values.displayName.trim() || fullName(profile);

  // One photo: a newly chosen file replaces the one chosen before.
  const single = {
    ...uploads,
    add: (files: readonly File[]) => {
      uploads.clear();
      uploads.add(files.slice(-1));
    },
  };

  const submit = form.onSubmit((values) => {
    const body: UpdateStaffProfileBody = {
      displayName: values.displayName.trim() || null,
      about: values.about,
      photoId: shown?.id ?? null,
      visibleToParents: values.visibleToParents,
    };
    const errors = validateWith(updateStaffProfileBodySchema, body, t);
    if (Object.keys(errors).length > 0) return form.setErrors(errors);
    update.mutate(body, {
      onSuccess: (saved) => {
        uploads.clear();
        setPhoto(saved.photo);
        form.setInitialValues(valuesOf(saved));
        form.setValues(valuesOf(saved));
        notify(
          own ? t('team.profile.saved') : t('team.profile.savedOf', { name: saved.displayName }),
          'success',
        );
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t)),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={640}>
        <FormErrorAlert error={update.error} />
        <TextInput
          label={t('team.profile.displayName')}
          description={t('team.profile.displayNameHint', { name: fullName(profile) })}
          maxLength={100}
          {...form.getInputProps('displayName')}
        />
        <Textarea
          label={t('team.profile.about')}
          description={t('team.profile.aboutHint', { max: STAFF_ABOUT_MAX })}
          rows={6}
          maxLength={STAFF_ABOUT_MAX}
          {...form.getInputProps('about')}
        />
        <Text size="xs" c="dimmed" mt={-12} aria-live="polite">
          {t('team.profile.aboutCount', { count: form.values.about.length, max: STAFF_ABOUT_MAX })}
        </Text>
        <Fieldset legend={t('team.profile.photo')}>
          <Stack gap="sm">
            <Group gap="md" align="center">
              <Avatar src={shown?.smallUrl ?? null} alt="" size={96} radius={48} color="teal">
                {initialsOf(name)}
              </Avatar>
              <Text size="sm" c="dimmed">
                {uploaded
                  ? t('team.profile.newPhoto')
                  : shown
                    ? t('team.profile.currentPhoto')
                    : t('team.profile.noPhoto')}
              </Text>
            </Group>
            <UploadList uploads={single} chooseLabel={t('team.profile.choosePhoto')} />
            {shown && (
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => {
                  uploads.clear();
                  setPhoto(null);
                }}
              >
                {t('team.profile.removePhoto')}
              </Button>
            )}
            {form.errors.photoId && (
              <Text size="sm" c="red" role="alert">
                {form.errors.photoId}
              </Text>
            )}
          </Stack>
        </Fieldset>
        <Switch
          label={t('team.profile.visible')}
          description={t('team.profile.visibleHint')}
          {...form.getInputProps('visibleToParents', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={uploads.busy}>
            {t('team.profile.submit')}
          </Button>
          {uploads.busy && (
            <Text size="sm" c="dimmed">
              {t('team.profile.busy')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
