import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fullName } from '../../../lib/format.ts';
import { useMyChildren } from '../my-child/queries.ts';

/** "Kinderen" on the Overig page (P17, Account & Kinderen): a link to each child's page. */
export function ChildrenCard() {
  const { t } = useTranslation();
  const children = useMyChildren();
  const list = children.data?.children ?? [];
  if (list.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="children-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="children-title">
          {t('consents.children.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('consents.children.intro')}
        </Text>
        {list.map((child) => (
          <Anchor key={child.id} component={Link} to={`/overig/kinderen/${child.id}`} fw={600}>
            {fullName(child)}
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}
