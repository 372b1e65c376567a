import {
  Anchor,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import type { DevMail } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { renderResult } from '../../components/QueryResult.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { ApiError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { extractLinks, inAppPath } from './mail-links.ts';
import { useDevMailbox } from './queries.ts';

function MailLinks({ mail }: { mail: DevMail }) {
  const { t } = useTranslation();
  const links = extractLinks(mail.text, mail.html);
  if (links.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('devMailbox.links')}
      </Text>
      <List size="sm" spacing={4}>
        {links.map((link) => {
          const path = inAppPath(link);
          return (
            <List.Item key={link} style={{ overflowWrap: 'anywhere' }}>
              {path ? (
                <Anchor component={Link} to={path}>
                  {link}
                </Anchor>
              ) : (
                <Anchor href={link} target="_blank" rel="noreferrer">
                  {link}
                </Anchor>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

function MailView({ mail }: { mail: DevMail }) {
  const { t } = useTranslation();
  // No scripts; links open in a new tab (the base target), never inside this page.
  const srcDoc = `<!doctype html><base target="_blank">${mail.html}`;
  return (
    <Stack gap="sm" data-testid="mail-view">
      <Title order={2} size="h3">
        {mail.subject}
      </Title>
      <Text size="sm">
        {t('devMailbox.to')}: {mail.to} · {t('devMailbox.received')}:{' '}
        {formatDateTime(mail.createdAt, currentLocale())}
      </Text>
      <MailLinks mail={mail} />
      <Tabs defaultValue={mail.html ? 'html' : 'text'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html" disabled={!mail.html}>
            {t('devMailbox.formatted')}
          </Tabs.Tab>
          <Tabs.Tab value="text">{t('devMailbox.plainText')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          <iframe
            title={t('devMailbox.frameTitle', { subject: mail.subject })}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={srcDoc}
            style={{ width: '100%', minHeight: 480, border: '1px solid var(--mantine-color-gray-4)' }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          <Text
            component="pre"
            size="sm"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}
          >
            {mail.text}
          </Text>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function MailList({
  mails,
  selected,
  onSelect,
}: {
  mails: DevMail[];
  selected?: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      component="ul"
      gap="xs"
      aria-label={t('devMailbox.listLabel')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {mails.map((mail) => (
        <li key={mail.id}>
          <UnstyledButton
            w="100%"
            onClick={() => onSelect(mail.id)}
            aria-current={mail.id === selected ? 'true' : undefined}
          >
            <Paper withBorder p="xs" radius="sm" bg={mail.id === selected ? 'gray.1' : undefined}>
              <Text size="sm" fw={600} lineClamp={2}>
                {mail.subject}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {mail.to}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(mail.createdAt, currentLocale())}
              </Text>
            </Paper>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}

/** `/dev/mailbox`: outside production, the mails the server kept, so demo users can follow their links. */
export function MailboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('devMailbox.title'));
  const mailbox = useDevMailbox(5_000);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const content = renderResult(
    mailbox,
    (mails) => {
      if (mails.length === 0) return <Text>{t('devMailbox.empty')}</Text>;
      const selected = mails.find((mail) => mail.id === selectedId) ?? mails[0];
      return (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <MailList mails={mails} selected={selected?.id} onSelect={setSelectedId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {selected ? <MailView mail={selected} /> : <Text>{t('devMailbox.choose')}</Text>}
          </Grid.Col>
        </Grid>
      );
    },
    (error) =>
      error instanceof ApiError && error.status === 404 ? <Text>{t('devMailbox.unavailable')}</Text> : null,
  );

  return (
    <PublicLayout size={1100}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2">
            {t('devMailbox.title')}
          </Title>
          <Button variant="light" onClick={() => void mailbox.refetch()}>
            {t('common.refresh')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('devMailbox.intro')}
        </Text>
        {content}
      </Stack>
    </PublicLayout>
  );
}
