import { Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { changePasswordBodySchema, PASSWORD_MIN_LENGTH } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../components/FormErrorAlert.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { ApiError } from '../../lib/api.ts';
import { apiFieldErrors, fieldErrorText, validateWith } from '../../lib/form-errors.ts';
import { notify } from '../../lib/notify.ts';
import { useCurrentMe } from './me-context.ts';
import { useChangePassword } from './queries.ts';

/** "Wachtwoord wijzigen": the current password and a new one. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: (values) => validateWith(changePasswordBodySchema, values, t),
  });

  const submit = form.onSubmit((values) => {
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        notify(t('password.changed'), 'success');
      },
      onError: (error) => {
        const errors = apiFieldErrors(error, t);
        if (
          error instanceof ApiError &&
          error.code === 'auth.wrong_current_password' &&
          !errors.currentPassword
        ) {
          errors.currentPassword = fieldErrorText(t, 'currentPassword', error.code);
        }
        form.setErrors(errors);
      },
    });
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="password-title">
      <Title order={2} size="h3" id="password-title">
        {t('password.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          <FormErrorAlert error={change.error} shownElsewhere={['auth.wrong_current_password']} />
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={me.account.email}
            hidden
            readOnly
          />
          <PasswordField
            label={t('password.current')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label={t('password.new')}
            description={t('auth.token.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
