import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { InfoPagesSection, NewslettersSection, NewsSection } from './ContentSections.tsx';
import { LocationContactsSection } from './LocationContactsSection.tsx';
import { TeamSection } from './TeamSection.tsx';

/**
 * `/mijn-locatie` (P16): everything about the family's location(s), in the order of the manual: contact details,
 * Ons team, Nieuws, Nieuwsbrief, Informatiepagina's. Each part is its own section component.
 */
export function MyLocationPage() {
  const { t } = useTranslation();
  usePageTitle(t('parent.myLocation.title'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('parent.myLocation.title')}</Title>
      {/* sections: contact details and team, then news, newsletters and information pages */}
      <LocationContactsSection />
      <TeamSection />
      <NewsSection />
      <NewslettersSection />
      <InfoPagesSection />
    </Stack>
  );
}
