import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AccountSettings } from '../account/AccountSettings.tsx';
import { NotificationsLink } from '../notifications/NotificationsLink.tsx';
import { CalendarFeedCard } from './calendar-feed/CalendarFeedCard.tsx';
import { ChildrenCard } from './children/ChildrenCard.tsx';
import { FunctionsCard } from './FunctionsCard.tsx';

/** `/agenda` (P7). */
export { AgendaPage } from './agenda/AgendaPage.tsx';

/** `/berichten` (P6): threads, "Bericht schrijven" and a thread whole. */
export { MessagesPage, NewMessagePage, ThreadPage } from './messages/MessagesPages.tsx';
/** `/mijn-kind` (P3). */
export { MyChildPage } from './my-child/MyChildPage.tsx';

/** `/mijn-locatie` (P16). */
export { MyLocationPage } from './my-location/MyLocationPage.tsx';

/** `/overig` (P17): accounts, language, password, and signing out at the bottom. */
export function OtherPage() {
  const { t } = useTranslation();
  usePageTitle(t('parent.other.title'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('parent.other.title')}</Title>
      <ChildrenCard />
      <FunctionsCard />
      <CalendarFeedCard />
      <NotificationsLink />
      <AccountSettings />
    </Stack>
  );
}
