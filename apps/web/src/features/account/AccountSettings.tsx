import { Button, Divider, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notify } from '../../lib/notify.ts';
import { errorText } from '../../lib/translate.ts';
import { AccountList } from './AccountList.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { LanguageChoice } from './LanguageChoice.tsx';
import { useCurrentMe } from './me-context.ts';
import { useLogout, useLogoutAll, useUpdateLocale } from './queries.ts';

function LanguageSettings() {
  const { t } = useTranslation();
  const update = useUpdateLocale();
  return (
    <section>
      <LanguageChoice
        asSection
        disabled={update.isPending}
        onChange={(locale) =>
          update.mutate(locale, {
            onSuccess: () => notify(t('language.saved'), 'success'),
            onError: (error) => notify(errorText(t, error), 'error'),
          })
        }
      />
    </section>
  );
}

/** "Uitloggen" at the very bottom; "Uitloggen uit alle accounts" only when several accounts are signed in. */
function LogoutButtons() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const logout = useLogout();
  const logoutAll = useLogoutAll();
  const onError = (error: unknown) => notify(errorText(t, error), 'error');
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm" c="dimmed">
        {t('account.logoutIntro', { name: me.account.displayName })}
      </Text>
      <Button
        color="red.9"
        variant="outline"
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, { onError })}
      >
        {t('account.logout')}
      </Button>
      {me.accounts.length > 1 && (
        <Button
          color="red.9"
          c="red.9"
          variant="subtle"
          loading={logoutAll.isPending}
          onClick={() => logoutAll.mutate(undefined, { onError })}
        >
          {t('account.logoutAll')}
        </Button>
      )}
    </Stack>
  );
}

/** Account settings shared by the parent portal (Overig) and the back office (Mijn account). */
export function AccountSettings() {
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <AccountList />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <LanguageSettings />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <ChangePasswordForm />
      </Paper>
      <Divider />
      <LogoutButtons />
    </Stack>
  );
}
