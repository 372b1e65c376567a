import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { MyLocation } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../../components/QueryResult.tsx';
import { useMyLocations } from './team-queries.ts';

function LocationCard({ location }: { location: MyLocation }) {
  const { t } = useTranslation();
  const street = [location.street, location.houseNumber].filter(Boolean).join(' ');
  const town = [location.postcode, location.city].filter(Boolean).join(' ');
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`location-${location.id}`}>
      <Stack gap={4}>
        <Title order={3} size="h5" id={`location-${location.id}`}>
          {location.name}
        </Title>
        {(street || town) && (
          <Text component="address" style={{ fontStyle: 'normal' }}>
            {street}
            {street && town && <br />}
            {town}
          </Text>
        )}
        {location.phone && (
          <Text>
            {t('team.contacts.phone')}:{' '}
            <Anchor
              href={`tel:${location.phone.replace(/[^+\d]/g, '')}`}
              aria-label={t('team.contacts.call', { location: location.name, phone: location.phone })}
            >
              {location.phone}
            </Anchor>
          </Text>
        )}
        {location.email && (
          <Text>
            {t('team.contacts.email')}:{' '}
            <Anchor
              href={`mailto:${location.email}`}
              aria-label={t('team.contacts.mail', { location: location.name, email: location.email })}
            >
              {location.email}
            </Anchor>
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('team.contacts.groups')}: {location.groups.map((group) => group.name).join(', ')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** "Contactgegevens" on Mijn locatie (P16): each location where the children are placed, with its groups. */
export function LocationContactsSection() {
  const { t } = useTranslation();
  const locations = useMyLocations();
  return (
    <Stack gap="sm" component="section" aria-labelledby="contacts-title" data-testid="location-contacts">
      <Title order={2} size="h3" id="contacts-title">
        {t('team.contacts.title')}
      </Title>
      {renderResult(locations, (data) =>
        data.locations.length === 0 ? (
          <Text c="dimmed">{t('team.contacts.none')}</Text>
        ) : (
          data.locations.map((location) => <LocationCard key={location.id} location={location} />)
        ),
      )}
    </Stack>
  );
}
