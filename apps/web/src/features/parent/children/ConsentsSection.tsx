import { Alert, Badge, Group, List, Radio, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ChildConsent } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleCard } from '../../../components/ArticleCard.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { errorCode, errorText } from '../../../lib/translate.ts';
import { useAnswerConsent, useChildConsents } from './queries.ts';

type Feedback = { itemId: string; tone: 'saved' | 'error'; text: string };

function ConsentCard({
  consent,
  childName,
  feedback,
  busy,
  sending,
  onAnswer,
}: {
  consent: ChildConsent;
  childName: string;
  feedback: Feedback | null;
  busy: boolean;
  /** The answer on its way to the server for this item, shown as chosen until the server answers. */
  sending: boolean | null;
  onAnswer: (granted: boolean) => void;
}) {
  const { t } = useTranslation();
  const { item } = consent;
  const mine = consent.guardians.find((g) => g.you);
  // An answer to an older text is not shown as chosen: the parent reads the new text and chooses again.
  const saved = mine?.answer && !mine.outdated ? mine.answer.granted : null;
  const chosen = sending ?? saved;
  const value = chosen === null ? null : chosen ? 'yes' : 'no';
  const headingId = `consent-${item.id}`;
  const yesNo = (granted: boolean) => (granted ? t('consents.yes') : t('consents.no'));
  return (
    <ArticleCard headingId={headingId} testId="consent-item">
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {item.title}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {item.text.body}
        </Text>
        <Radio.Group
          label={<VisuallyHidden>{t('consents.parent.choice', { title: item.title })}</VisuallyHidden>}
          value={value}
          onChange={(next) => onAnswer(next === 'yes')}
          readOnly={!consent.canAnswer}
        >
          <Group gap="lg">
            <Radio value="yes" label={t('consents.yes')} disabled={!consent.canAnswer || busy} />
            <Radio value="no" label={t('consents.no')} disabled={!consent.canAnswer || busy} />
          </Group>
        </Radio.Group>
        {mine?.outdated && (
          <Text size="sm" c="orange.9">
            {t('consents.parent.outdated')}
          </Text>
        )}
        {feedback && (
          <Alert
            color={feedback.tone === 'saved' ? 'green' : 'red'}
            variant="light"
            role={feedback.tone === 'saved' ? 'status' : 'alert'}
            data-testid="consent-feedback"
          >
            {feedback.text}
          </Alert>
        )}
        <Group gap="xs">
          <Badge color={consent.granted ? 'green' : 'gray'} variant="light">
            {consent.granted ? t('consents.staff.granted') : t('consents.staff.notGranted')}
          </Badge>
          <Text size="sm" c="dimmed">
            {consent.granted
              ? t('consents.parent.granted', { child: childName })
              : t('consents.parent.notGranted', { child: childName })}
          </Text>
        </Group>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('consents.parent.answers')}
          </Text>
          <List size="sm" spacing={2}>
            {consent.guardians.map((g) => (
              <List.Item key={g.guardianId} data-testid="consent-guardian">
                {t('consents.parent.answer', {
                  name: g.guardianName,
                  answer: g.answer ? yesNo(g.answer.granted) : t('consents.notAnswered'),
                })}
                {g.answer &&
                  ` ${t('consents.parent.answeredAt', { date: formatDateTime(g.answer.answeredAt, currentLocale()) })}`}
                {g.outdated && ` (${t('consents.staff.outdated')})`}
              </List.Item>
            ))}
          </List>
        </Stack>
      </Stack>
    </ArticleCard>
  );
}

/**
 * "Toestemmingen" on a child's page (P17): each item the organisation asks with its current text and a Ja/Nee
 * choice, saved at once. A guardian without parental authority reads the answers but cannot change them.
 */
export function ConsentsSection({ childId, childName }: { childId: string; childName: string }) {
  const { t } = useTranslation();
  const consents = useChildConsents(childId);
  const answer = useAnswerConsent(childId);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const submit = (consent: ChildConsent, granted: boolean) => {
    const { item } = consent;
    setFeedback(null);
    answer.mutate(
      { itemId: item.id, granted, textId: item.text.id },
      {
        onSuccess: () =>
          setFeedback({
            itemId: item.id,
            tone: 'saved',
            text: t('consents.parent.saved', {
              answer: granted ? t('consents.yes') : t('consents.no'),
              title: item.title,
            }),
          }),
        onError: (error) => {
          const changed = errorCode(error) === 'consent.text_changed';
          setFeedback({
            itemId: item.id,
            tone: 'error',
            text: changed ? t('consents.parent.textChanged', { title: item.title }) : errorText(t, error),
          });
          if (changed) void consents.refetch();
        },
      },
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="consents-title" data-testid="child-consents">
      <Title order={2} size="h3" id="consents-title">
        {t('consents.parent.title')}
      </Title>
      {renderResult(consents, (data) => {
        const mayAnswer = data.items.some((c) => c.canAnswer);
        return (
          <Stack gap="sm">
            <Text size="sm">{t('consents.parent.intro')}</Text>
            {!mayAnswer && data.items.length > 0 && (
              <Alert color="blue" variant="light" data-testid="consents-no-authority">
                {t('consents.parent.noAuthority', { child: childName })}
              </Alert>
            )}
            {data.items.length === 0 && <Text c="dimmed">{t('consents.parent.none')}</Text>}
            {data.items.map((consent) => (
              <ConsentCard
                key={consent.item.id}
                consent={consent}
                childName={childName}
                feedback={feedback?.itemId === consent.item.id ? feedback : null}
                busy={answer.isPending}
                sending={
                  answer.isPending && answer.variables.itemId === consent.item.id
                    ? answer.variables.granted
                    : null
                }
                onAnswer={(granted) => submit(consent, granted)}
              />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
