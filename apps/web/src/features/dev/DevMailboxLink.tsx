import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDevMailbox } from './queries.ts';

/** A link to the demo mailbox, shown only where the server has one (never in production). */
export function DevMailboxLink() {
  const { t } = useTranslation();
  const mailbox = useDevMailbox();
  if (!mailbox.isSuccess) return null;
  return (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/dev/mailbox">
        {t('auth.signIn.devMailbox')}
      </Anchor>
    </Text>
  );
}
