import { Alert, CloseButton, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatLongDate } from '../../../lib/format.ts';
import { type DecisionOutcome, failureText } from './decisions.ts';
import { dayPartText } from './queue.ts';

/** What the last approve or reject did: how many went through, and each line that did not, with why. */
export function DecisionResult({ outcome, onClose }: { outcome: DecisionOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const failed = outcome.failed.length;
  return (
    <Alert
      color={failed > 0 ? 'orange' : 'green'}
      variant="light"
      data-testid="decision-result"
      title={t('assessment.results.title')}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          {outcome.doneCount > 0 && (
            <Text size="sm">
              {outcome.kind === 'approve'
                ? t('assessment.results.approved', { count: outcome.doneCount })
                : t('assessment.results.rejected', { count: outcome.doneCount })}
            </Text>
          )}
          {failed > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('assessment.results.failed', { count: failed })}
              </Text>
              <List size="sm" data-testid="decision-failures">
                {outcome.failed.map(({ line, error }) => (
                  <List.Item key={line.id}>
                    {t('assessment.results.line', {
                      child: line.childName,
                      date: formatLongDate(line.date, currentLocale()),
                      dayPart: dayPartText(t, line),
                    })}
                    {': '}
                    <Text span fw={600} size="sm">
                      {failureText(t, error)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
        <CloseButton aria-label={t('assessment.results.close')} onClick={onClose} />
      </Group>
    </Alert>
  );
}
