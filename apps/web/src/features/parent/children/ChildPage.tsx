import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorView, Loading } from '../../../components/QueryResult.tsx';
import { fullName } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useMyChildren } from '../my-child/queries.ts';
import { ChildDetailsSection } from './ChildDetailsSection.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { DeclarationsSection } from './DeclarationsSection.tsx';

/**
 * `/overig/kinderen/:childId` (P17, Account & Kinderen → a child): what the parent sees and fills in about one
 * child. Its sections: the mentor and placements, the consents (toestemmingen) and the declarations (verklaringen).
 */
export function ChildPage() {
  const { t } = useTranslation();
  const { childId = '' } = useParams();
  const children = useMyChildren();
  const child = children.data?.children.find((candidate) => candidate.id === childId);
  const name = child ? fullName(child) : t('consents.children.title');
  usePageTitle(name);
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/overig" size="sm">
        ← {t('consents.children.back')}
      </Anchor>
      {children.isPending ? (
        <Loading />
      ) : children.isError ? (
        <ErrorView error={children.error} onRetry={() => void children.refetch()} />
      ) : child ? (
        <>
          <Title order={1}>{name}</Title>
          <ChildDetailsSection childId={child.id} />
          <ConsentsSection childId={child.id} childName={child.firstName} />
          <DeclarationsSection childId={child.id} childName={child.firstName} />
        </>
      ) : (
        <Text c="dimmed">{t('consents.children.notFound')}</Text>
      )}
    </Stack>
  );
}
