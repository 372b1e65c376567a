import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import type { AccountSummary } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notify } from '../../lib/notify.ts';
import { errorText } from '../../lib/translate.ts';
import { useCurrentMe } from './me-context.ts';
import { useLogout, useLogoutAll, useSwitchAccount } from './queries.ts';

function AccountLines({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {account.displayName}
      </Text>
      <Text size="xs" c="dimmed">
        {account.organisationName} · {t(`account.kind.${account.kind}`)}
      </Text>
    </Stack>
  );
}

/**
 * The header's account menu: the active account on top, the other signed-in accounts below it to switch to,
 * then adding an account and signing out.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const switchAccount = useSwitchAccount();
  const logout = useLogout();
  const logoutAll = useLogoutAll();
  const others = me.accounts.filter((account) => account.id !== me.account.id);
  const settingsPath = me.account.kind === 'staff' ? '/beheer/account' : '/overig';
  const onError = (error: unknown) => notify(errorText(t, error), 'error');

  return (
    <Menu position="bottom-end" width={300} shadow="md">
      <Menu.Target>
        <UnstyledButton
          data-testid="account-switcher"
          aria-label={t('account.switcherLabel', { name: me.account.displayName })}
          miw={44}
          mih={44}
          px={4}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar name={me.account.displayName} size={36} />
            <Text size="sm" fw={600} visibleFrom="sm" maw={200} truncate>
              {me.account.displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown data-testid="account-menu">
        <Menu.Label>{t('account.activeAccount')}</Menu.Label>
        <Menu.Item
          component={Link}
          to={settingsPath}
          leftSection={<Avatar name={me.account.displayName} size={32} />}
          aria-current="true"
        >
          <AccountLines account={me.account} />
        </Menu.Item>
        {others.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('account.otherAccounts')}</Menu.Label>
            {others.map((account) => (
              <Menu.Item
                key={account.id}
                leftSection={<Avatar name={account.displayName} size={32} />}
                onClick={() => void switchAccount(account)}
              >
                <AccountLines account={account} />
              </Menu.Item>
            ))}
          </>
        )}
        <Menu.Divider />
        <Menu.Item component={Link} to="/inloggen">
          {t('account.add')}
        </Menu.Item>
        <Menu.Item onClick={() => logout.mutate(undefined, { onError })}>{t('account.logout')}</Menu.Item>
        {me.accounts.length > 1 && (
          <Menu.Item onClick={() => logoutAll.mutate(undefined, { onError })}>
            {t('account.logoutAll')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
