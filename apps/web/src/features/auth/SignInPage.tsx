import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { loginBodySchema } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FormErrorAlert } from '../../components/FormErrorAlert.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { Loading } from '../../components/QueryResult.tsx';
import { ApiError } from '../../lib/api.ts';
import { apiFieldErrors, validateWith } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { homePath, useMe, useSessionNavigation } from '../account/queries.ts';
import { DevMailboxLink } from '../dev/DevMailboxLink.tsx';
import { useLogin } from './queries.ts';

/** Where a guard sent someone from, so signing in brings them back there; only paths inside the app. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/** `/inloggen`: sign in, or, when already signed in, add another account to this browser. */
export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const login = useLogin();
  const { enter } = useSessionNavigation();
  const [entering, setEntering] = useState(false);
  const current = me.error instanceof ApiError && me.error.status === 401 ? undefined : me.data;
  const adding = current !== undefined;
  usePageTitle(adding ? t('auth.signIn.addAccountTitle') : t('auth.signIn.title'));

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => validateWith(loginBodySchema, values, t),
  });

  const submit = form.onSubmit((values) => {
    login.mutate(loginBodySchema.parse(values), {
      onSuccess: async (session) => {
        setEntering(true);
        await enter(session.activeAccountId, returnPath(location.state));
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t)),
    });
  });

  return (
    <PublicLayout>
      {me.isPending || entering ? (
        <Loading />
      ) : (
        <Stack gap="md">
          <Title order={1} size="h2">
            {adding ? t('auth.signIn.addAccountTitle') : t('auth.signIn.title')}
          </Title>
          {adding ? (
            <Text size="sm">
              {t('auth.signIn.addAccountIntro', {
                name: current.account.displayName,
                organisation: current.account.organisationName,
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('auth.signIn.intro')}
            </Text>
          )}
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <FormErrorAlert error={login.error} />
              <TextInput
                label={t('auth.signIn.email')}
                type="email"
                autoComplete="username"
                inputMode="email"
                required
                {...form.getInputProps('email')}
              />
              <PasswordField
                label={t('auth.signIn.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('auth.signIn.submit')}
              </Button>
            </Stack>
          </form>
          <Anchor component={Link} to="/wachtwoord-vergeten" size="sm">
            {t('auth.signIn.forgot')}
          </Anchor>
          {adding && (
            <Anchor component={Link} to={homePath(current.account.kind)} size="sm">
              {t('auth.signIn.backToAccount', { name: current.account.displayName })}
            </Anchor>
          )}
          <DevMailboxLink />
        </Stack>
      )}
    </PublicLayout>
  );
}
