import { Alert, Button, CopyButton, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { notify } from '../../../lib/notify.ts';
import { errorText } from '../../../lib/translate.ts';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from './queries.ts';

/** The address just made, with a copy button and how to subscribe to it in the common calendar apps. */
function NewFeedUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('calendarFeed.urlLabel')}
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'default'} onClick={copy}>
              {copied ? t('calendarFeed.copied') : t('calendarFeed.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Alert color="blue" variant="light">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('calendarFeed.shownOnce')}
          </Text>
          <Text size="sm">{t('calendarFeed.howTo')}</Text>
          <List size="sm">
            <List.Item>{t('calendarFeed.google')}</List.Item>
            <List.Item>{t('calendarFeed.apple')}</List.Item>
            <List.Item>{t('calendarFeed.outlook')}</List.Item>
          </List>
        </Stack>
      </Alert>
    </Stack>
  );
}

/**
 * "Agenda in je eigen kalender" (B3): a private calendar address with the family's care days and open requests.
 * The address is shown once, when it is made; a new one replaces it and revoking stops it at once.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const headingId = 'calendar-feed-title';

  const makeLink = () =>
    create.mutate(undefined, {
      onSuccess: (created) => {
        setUrl(created.url);
        notify(t('calendarFeed.created'), 'success');
      },
      onError: (error) => notify(errorText(t, error), 'error'),
    });
  const confirmRevoke = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setConfirming(false);
        notify(t('calendarFeed.revoked'), 'success');
      },
    });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('calendarFeed.title')}
        </Title>
        <Text size="sm">{t('calendarFeed.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('calendarFeed.private')}
        </Text>
        {renderResult(feed, (status) => (
          <Stack gap="sm">
            {url !== null ? (
              <NewFeedUrl url={url} />
            ) : (
              <Text size="sm">
                {status.active && status.createdAt
                  ? t('calendarFeed.activeSince', {
                      date: formatDateTime(status.createdAt, currentLocale()),
                    })
                  : t('calendarFeed.none')}
              </Text>
            )}
            {status.active ? (
              <>
                <Text size="sm" c="dimmed">
                  {t('calendarFeed.rotateHint')}
                </Text>
                <Group gap="sm">
                  <Button variant="default" loading={create.isPending} onClick={makeLink}>
                    {t('calendarFeed.rotate')}
                  </Button>
                  <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
                    {t('calendarFeed.revoke')}
                  </Button>
                </Group>
              </>
            ) : (
              <Group>
                <Button loading={create.isPending} onClick={makeLink}>
                  {t('calendarFeed.create')}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('calendarFeed.revokeTitle')}
        confirmLabel={t('calendarFeed.revokeConfirm')}
        onConfirm={confirmRevoke}
        onCancel={() => {
          setConfirming(false);
          revoke.reset();
        }}
        loading={revoke.isPending}
        danger
        error={
          revoke.error ? (
            <Alert color="red" variant="light">
              {errorText(t, revoke.error)}
            </Alert>
          ) : undefined
        }
      >
        {t('calendarFeed.revokeText')}
      </ConfirmDialog>
    </Paper>
  );
}
