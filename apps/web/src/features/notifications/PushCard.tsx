import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/QueryResult.tsx';
import { notify } from '../../lib/notify.ts';
import { errorText } from '../../lib/translate.ts';
import { PushError, usePushDevice } from './push.ts';

/** "Pushmeldingen op dit apparaat": whether this browser gets push messages, and switching that. */
export function PushCard() {
  const { t } = useTranslation();
  const { state, enable, disable } = usePushDevice();
  const onError = (error: unknown) =>
    notify(
      error instanceof PushError ? t(`notifications.push.errors.${error.code}`) : errorText(t, error),
      'error',
    );

  const body = () => {
    switch (state.data) {
      case undefined:
        return <Loading minHeight={48} />;
      case 'unsupported':
        return <Text size="sm">{t('notifications.push.unsupported')}</Text>;
      case 'denied':
        return (
          <Alert color="orange" variant="light">
            {t('notifications.push.denied')}
          </Alert>
        );
      case 'on':
        return (
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('notifications.push.on')}</Text>
            <Button
              variant="default"
              loading={disable.isPending}
              onClick={() =>
                disable.mutate(undefined, {
                  onSuccess: () => notify(t('notifications.push.disabled'), 'success'),
                  onError,
                })
              }
            >
              {t('notifications.push.disable')}
            </Button>
          </Group>
        );
      case 'off':
        return (
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('notifications.push.off')}</Text>
            <Button
              loading={enable.isPending}
              onClick={() =>
                enable.mutate(undefined, {
                  onSuccess: () => notify(t('notifications.push.enabled'), 'success'),
                  onError,
                })
              }
            >
              {t('notifications.push.enable')}
            </Button>
          </Group>
        );
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="push-device-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="push-device-title">
          {t('notifications.push.title')}
        </Title>
        <div data-testid="push-device-state" data-state={state.data}>
          {body()}
        </div>
      </Stack>
    </Paper>
  );
}
