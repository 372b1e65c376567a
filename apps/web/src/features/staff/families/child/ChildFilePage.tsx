import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate, fullName } from '../../../../lib/format.ts';
import { ObservationsSection } from '../../observations/ObservationsSection.tsx';
import { RecordPage } from '../components/RecordPage.tsx';
import { CreditsSection } from '../credits/CreditsSection.tsx';
import { PlacementsSection } from '../placements/PlacementsSection.tsx';
import { useChildFile } from '../queries.ts';
import { ChildDataForm } from './ChildDataForm.tsx';
import { ChildPhotoCard } from './ChildPhotoCard.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { DeclarationsSection } from './DeclarationsSection.tsx';
import { GuardiansSection } from './GuardiansSection.tsx';
import { PlanningSection } from './PlanningSection.tsx';

/**
 * `/beheer/gezinnen/kinderen/:childId`, the child file (S7): data and photo, guardians, placements, consents,
 * declarations, observations, credits and planning. Each section shows only to the roles that may read it (the
 * server refuses the others as well).
 */
export function ChildFilePage() {
  const { t } = useTranslation();
  const { childId = '' } = useParams();
  const file = useChildFile(childId);
  return (
    <RecordPage
      query={file}
      titleOf={(data) => fullName(data.child)}
      fallbackTitle={t('families.file.title')}
    >
      {(data) => (
        <Stack gap="xl">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={1}>{fullName(data.child)}</Title>
              <Text c="dimmed">
                {t('families.file.subtitle', {
                  birthDate: formatDate(data.child.birthDate, currentLocale()),
                  location: data.child.location.name,
                })}
              </Text>
            </div>
            <Button component={Link} to={`/beheer/gezinnen/nieuw?gezinVan=${data.child.id}`} variant="light">
              {t('families.file.addSibling')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <div style={{ gridColumn: 'span 2' }}>
              <ChildDataForm
                key={`${data.child.id}-${data.child.firstName}-${data.child.lastName}`}
                file={data}
              />
            </div>
            <ChildPhotoCard file={data} />
          </SimpleGrid>
          <GuardiansSection file={data} />
          <PlacementsSection file={data} />
          <ConsentsSection file={data} />
          <DeclarationsSection file={data} />
          <ObservationsSection file={data} />
          <CreditsSection file={data} />
          <PlanningSection file={data} />
        </Stack>
      )}
    </RecordPage>
  );
}
