import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NestjeMark } from '../../components/NestjeMark.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { useCurrentMe } from './me-context.ts';

/** The top bar of both areas: the organisation's logo and name, the notification bell and the account menu. */
export function AppHeader({ start }: { start?: ReactNode }) {
  const { t } = useTranslation();
  const { branding } = useCurrentMe();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        {start}
        <Anchor
          component={Link}
          to="/"
          c="inherit"
          underline="never"
          aria-label={t('app.homeLink', { name: branding.name })}
          miw={0}
        >
          <Group gap="sm" wrap="nowrap" miw={0}>
            {branding.logoUrl ? (
              <img
                src={branding.logoUrl}
                alt=""
                height={36}
                style={{ maxWidth: 120, objectFit: 'contain' }}
              />
            ) : (
              <NestjeMark size={36} />
            )}
            <Text fw={700} truncate>
              {branding.name}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <NotificationBell />
        <AccountMenu />
      </Group>
    </Group>
  );
}
