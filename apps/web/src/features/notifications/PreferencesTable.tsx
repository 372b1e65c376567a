import { Switch, Table, Text } from '@mantine/core';
import {
  type NotificationChannel,
  type NotificationPreference,
  notificationChannels,
} from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../components/QueryResult.tsx';
import { notify } from '../../lib/notify.ts';
import { errorText } from '../../lib/translate.ts';
import { useNotificationPreferences, useUpdatePreference } from './queries.ts';

/** Per category a switch for e-mail and one for push, each saved as it is flipped (P17 Notificaties). */
export function PreferencesTable() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const update = useUpdatePreference();
  const channelName = (channel: NotificationChannel) => t(`notifications.settings.${channel}`);

  const flip = (preference: NotificationPreference, channel: NotificationChannel, enabled: boolean) => {
    const category = t(`notifications.categories.${preference.category}`);
    update.mutate(
      { category: preference.category, channel, enabled },
      {
        onError: (error) =>
          notify(t('notifications.settings.saveFailed', { category, reason: errorText(t, error) }), 'error'),
      },
    );
  };

  return renderResult(preferences, (data) => (
    <Table aria-label={t('notifications.settings.tableLabel')} verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('notifications.settings.category')}</Table.Th>
          {notificationChannels.map((channel) => (
            <Table.Th key={channel} scope="col" ta="center" w={90}>
              {channelName(channel)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.preferences.map((preference) => {
          const category = t(`notifications.categories.${preference.category}`);
          return (
            <Table.Tr key={preference.category}>
              <Table.Th scope="row" fw={500}>
                <Text>{category}</Text>
              </Table.Th>
              {notificationChannels.map((channel) => (
                <Table.Td key={channel}>
                  <Switch
                    size="md"
                    style={{ display: 'flex', justifyContent: 'center' }}
                    checked={preference[channel]}
                    onChange={(event) => flip(preference, channel, event.currentTarget.checked)}
                    aria-label={t('notifications.settings.switchLabel', {
                      channel: channelName(channel),
                      category,
                    })}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  ));
}
