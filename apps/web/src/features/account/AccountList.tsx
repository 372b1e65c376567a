import { Avatar, Badge, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { AccountSummary } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from './me-context.ts';
import { useSwitchAccount } from './queries.ts';

function AccountCard({ account, active }: { account: AccountSummary; active: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" bg={active ? 'gray.0' : undefined}>
      <Group wrap="nowrap" gap="sm">
        <Avatar name={account.displayName} />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} truncate>
            {account.displayName}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {account.organisationName} · {t(`account.kind.${account.kind}`)}
          </Text>
        </Stack>
        {active && <Badge variant="filled">{t('account.active')}</Badge>}
      </Group>
    </Paper>
  );
}

/** Every account signed in in this browser; choosing one switches this tab to it. */
export function AccountList() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const switchAccount = useSwitchAccount();
  return (
    <Stack gap="sm" component="section" aria-labelledby="accounts-title">
      <Title order={2} size="h3" id="accounts-title">
        {t('account.accountsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('account.accountsIntro')}
      </Text>
      <Stack
        component="ul"
        gap="xs"
        data-testid="account-list"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {me.accounts.map((account) => (
          <li key={account.id} aria-current={account.id === me.account.id ? 'true' : undefined}>
            {account.id === me.account.id ? (
              <AccountCard account={account} active />
            ) : (
              <UnstyledButton
                w="100%"
                aria-label={t('account.switchTo', {
                  name: account.displayName,
                  organisation: account.organisationName,
                })}
                onClick={() => void switchAccount(account)}
              >
                <AccountCard account={account} active={false} />
              </UnstyledButton>
            )}
          </li>
        ))}
      </Stack>
      <Group>
        <Button component={Link} to="/inloggen" variant="light">
          {t('account.add')}
        </Button>
      </Group>
    </Stack>
  );
}
