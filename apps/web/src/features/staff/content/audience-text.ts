import type { ContentAudienceView } from '@nestje/contract';
import { useTranslation } from 'react-i18next';

/** An item's audience as staff read it: "Hele organisatie", "Locatie Haarlem", "Groep Floris". */
export function useAudienceText() {
  const { t } = useTranslation();
  return (audience: ContentAudienceView) => {
    if (audience.scope === 'organisation') return t('content.audience.wholeOrganisation');
    if (audience.scope === 'location') return t('content.audience.location', { name: audience.name });
    return t('content.audience.groupShort', { name: audience.name });
  };
}
