import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { resetRequestBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../components/FormErrorAlert.tsx';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { apiFieldErrors, validateWith } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DevMailboxLink } from '../dev/DevMailboxLink.tsx';
import { useRequestPasswordReset } from './queries.ts';

/** `/wachtwoord-vergeten`: ask for a reset link. The confirmation never says whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: (values) => validateWith(resetRequestBodySchema, values, t),
  });
  const submit = form.onSubmit((values) => {
    request.mutate(resetRequestBodySchema.parse(values), {
      onError: (error) => form.setErrors(apiFieldErrors(error, t)),
    });
  });

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} size="h2">
          {request.isSuccess ? t('auth.forgot.sentTitle') : t('auth.forgot.title')}
        </Title>
        {request.isSuccess ? (
          <Stack gap="sm" role="status">
            <Text>{t('auth.forgot.sent')}</Text>
            <Text size="sm" c="dimmed">
              {t('auth.forgot.notReceived')}
            </Text>
          </Stack>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('auth.forgot.intro')}
            </Text>
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <FormErrorAlert error={request.error} />
                <TextInput
                  label={t('auth.forgot.email')}
                  type="email"
                  autoComplete="email"
                  inputMode="email"
                  required
                  {...form.getInputProps('email')}
                />
                <Button type="submit" loading={request.isPending} fullWidth>
                  {t('auth.forgot.submit')}
                </Button>
              </Stack>
            </form>
          </>
        )}
        <Anchor component={Link} to="/inloggen" size="sm">
          {t('auth.forgot.backToSignIn')}
        </Anchor>
        <DevMailboxLink />
      </Stack>
    </PublicLayout>
  );
}
