import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { CreditCard } from './CreditCard.tsx';
import { creditsByChild } from './credit-format.ts';
import { useMyCredits } from './queries.ts';

/**
 * `/overig/tegoeden` (P17, Functies → Tegoeden): per child every credit, usable ones first, with what is left,
 * until when, and for which requests it was used. Organisations without credits answer an empty list, so the
 * page then says there are none (the Overig page shows no way here).
 */
export function CreditsPage() {
  const { t } = useTranslation();
  usePageTitle(t('credits.title'));
  const credits = useMyCredits();
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/overig" size="sm">
        {t('credits.back')}
      </Anchor>
      <Title order={1}>{t('credits.title')}</Title>
      <Text>{t('credits.intro')}</Text>
      {renderResult(credits, (data) =>
        data.credits.length === 0 ? (
          <Text c="dimmed" data-testid="credits-empty">
            {t('credits.empty')}
          </Text>
        ) : (
          creditsByChild(data.credits).map((child) => (
            <Stack
              key={child.childId}
              gap="sm"
              component="section"
              aria-labelledby={`credits-child-${child.childId}`}
              data-testid="credits-child"
            >
              <Title order={2} size="h3" id={`credits-child-${child.childId}`}>
                {child.childName}
              </Title>
              {child.credits.map((credit) => (
                <CreditCard key={credit.id} credit={credit} />
              ))}
            </Stack>
          ))
        ),
      )}
    </Stack>
  );
}
