import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fullName } from '../../../lib/format.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { useMyChildren } from '../my-child/queries.ts';

/**
 * "Account & Kinderen" on the Overig page (P17): one's own name opens one's own data and password; each child's
 * name opens that child's page.
 */
export function ChildrenCard() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const children = useMyChildren();
  const list = children.data?.children ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="children-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="children-title">
          {t('guardianData.card.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('guardianData.card.intro')}
        </Text>
        <Anchor component={Link} to="/overig/account" fw={600} data-testid="own-data-link">
          {me.account.displayName}
        </Anchor>
        {list.map((child) => (
          <Anchor key={child.id} component={Link} to={`/overig/kinderen/${child.id}`} fw={600}>
            {fullName(child)}
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}
