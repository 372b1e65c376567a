import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { completeTokenBodySchema, PASSWORD_MIN_LENGTH, type TokenInfo } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FormErrorAlert } from '../../components/FormErrorAlert.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { Loading, renderResult } from '../../components/QueryResult.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { ApiError } from '../../lib/api.ts';
import { apiFieldErrors, validateWith } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { translateFirst } from '../../lib/translate.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSessionNavigation } from '../account/queries.ts';
import { readToken, type TokenKind, useCompleteToken, useTokenInfo } from './queries.ts';

const TEXTS = { activation: 'auth.activate', reset: 'auth.reset' } as const;
const TOKEN_CODES = ['auth.token_invalid', 'auth.token_expired', 'auth.token_used'];

const isTokenProblem = (error: unknown) => error instanceof ApiError && TOKEN_CODES.includes(error.code);

/** A link that cannot be used (any more): say why, and offer a new link. */
function TokenProblem({ kind, code }: { kind: TokenKind; code: string }) {
  const { t } = useTranslation();
  const reason = code.replace(/^auth\./, '');
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light">
        {translateFirst(t, [`${TEXTS[kind]}.${reason}`, `errors.${code}`], 'errors.auth.token_invalid')}
      </Alert>
      <Group gap="lg">
        <Anchor component={Link} to="/wachtwoord-vergeten">
          {kind === 'activation' ? t('auth.signIn.forgot') : t('auth.reset.requestNew')}
        </Anchor>
        <Anchor component={Link} to="/inloggen">
          {t('auth.token.signIn')}
        </Anchor>
      </Group>
    </Stack>
  );
}

interface PasswordFormProps {
  kind: TokenKind;
  token: string;
  info: TokenInfo;
  /** Called before the token is used up, so the page stops asking about it. */
  onSubmitStart: () => void;
}

function PasswordForm({ kind, token, info, onSubmitStart }: PasswordFormProps) {
  const { t } = useTranslation();
  const complete = useCompleteToken(kind);
  const { enter } = useSessionNavigation();
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: (values) => {
      const errors = validateWith(completeTokenBodySchema, { token, password: values.password }, t);
      if (!errors.password && values.repeat !== values.password) errors.repeat = t('fields.mismatch');
      return errors;
    },
  });
  const submit = form.onSubmit((values) => {
    onSubmitStart();
    complete.mutate(
      { token, password: values.password },
      {
        onSuccess: (session) => enter(session.activeAccountId),
        onError: (error) => form.setErrors(apiFieldErrors(error, t)),
      },
    );
  });

  if (complete.isError && isTokenProblem(complete.error)) {
    return <TokenProblem kind={kind} code={(complete.error as ApiError).code} />;
  }
  if (complete.isSuccess) return <Loading />;

  return (
    <Stack gap="md">
      <Text>
        {t('auth.token.for', {
          name: info.displayName,
          email: info.email,
          organisation: info.organisationName,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('auth.token.validUntil', { date: formatDateTime(info.expiresAt, currentLocale()) })}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={complete.error} />
          {/* Lets password managers store the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={info.email} hidden readOnly />
          <PasswordField
            label={t('auth.token.newPassword')}
            description={t('auth.token.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordField
            label={t('auth.token.repeatPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" loading={complete.isPending} fullWidth>
            {t(`${TEXTS[kind]}.submit`)}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** `/activeren` and `/wachtwoord-herstellen`: choose a password with the token from an e-mailed link. */
export function TokenPasswordPage({ kind }: { kind: TokenKind }) {
  const { t } = useTranslation();
  const location = useLocation();
  usePageTitle(t(`${TEXTS[kind]}.title`));
  // Read once: the page keeps working if the fragment is later removed from the address bar.
  const [token] = useState(() => readToken(location.hash, location.search));
  const [inspecting, setInspecting] = useState(true);
  const info = useTokenInfo(kind, token, inspecting);

  const body =
    token === null ? (
      <TokenProblem kind={kind} code="auth.token_invalid" />
    ) : (
      renderResult(
        info,
        (data) => (
          <PasswordForm kind={kind} token={token} info={data} onSubmitStart={() => setInspecting(false)} />
        ),
        (error) =>
          isTokenProblem(error) ? <TokenProblem kind={kind} code={(error as ApiError).code} /> : null,
      )
    );

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t(`${TEXTS[kind]}.title`)}
        </Title>
        {kind === 'activation' && token !== null && info.isSuccess && (
          <Text size="sm" c="dimmed">
            {t('auth.activate.intro')}
          </Text>
        )}
        {body}
      </Stack>
    </PublicLayout>
  );
}
