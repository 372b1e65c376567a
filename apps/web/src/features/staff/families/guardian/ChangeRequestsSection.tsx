import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type GuardianChangeRequest, guardianChangeRequestListSchema } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { api } from '../../../../lib/api.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { errorText } from '../../../../lib/translate.ts';
import { addressText, nameText } from '../../../parent/account-data/AccountDataPage.tsx';

const requestsKey = (guardianId: string) => ['guardians', guardianId, 'change-requests'] as const;

function valueText(request: GuardianChangeRequest, which: 'requested' | 'previous') {
  return (request.kind === 'name' ? nameText : addressText)(request[which]);
}

function RequestCard({
  request,
  canDecide,
  onDecide,
  busy,
}: {
  request: GuardianChangeRequest;
  canDecide: boolean;
  onDecide: (approve: boolean) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const pending = request.status === 'pending';
  return (
    <Paper withBorder p="sm" radius="md" data-testid="change-request">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{t(`guardianData.staff.kind.${request.kind}`)}</Text>
          <Badge
            color={pending ? 'orange' : request.status === 'approved' ? 'green' : 'gray'}
            variant="light"
          >
            {t(`guardianData.staff.status.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('guardianData.staff.from', {
            value: valueText(request, 'previous') || t('guardianData.notRecorded'),
          })}
        </Text>
        <Text size="sm" fw={600}>
          {t('guardianData.staff.to', {
            value: valueText(request, 'requested') || t('guardianData.notRecorded'),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('guardianData.staff.requestedAt', { date: formatDateTime(request.requestedAt, locale) })}
          {request.decidedAt &&
            ` · ${t('guardianData.staff.decided', {
              name: request.decidedByName ?? '',
              date: formatDateTime(request.decidedAt, locale),
            })}`}
        </Text>
        {pending && canDecide && (
          <Group gap="xs" mt={4}>
            <Button size="xs" onClick={() => onDecide(true)} loading={busy}>
              {t('guardianData.staff.approve')}
            </Button>
            <Button size="xs" variant="light" color="red.9" onClick={() => onDecide(false)} disabled={busy}>
              {t('guardianData.staff.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * "Wijzigingen van de ouder" on a guardian's page (P17): a new name or address the guardian asked for, to
 * approve (it is applied) or reject; the decided ones below with who decided and when.
 */
export function ChangeRequestsSection({ guardianId }: { guardianId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const requests = useQuery({
    queryKey: requestsKey(guardianId),
    queryFn: ({ signal }) =>
      api.get(`/guardians/${guardianId}/change-requests`, guardianChangeRequestListSchema, { signal }),
  });
  const decide = useMutation({
    mutationFn: ({ requestId, approve }: { requestId: string; approve: boolean }) =>
      api.post(
        `/guardians/${guardianId}/change-requests/${requestId}/decision`,
        { approve },
        guardianChangeRequestListSchema,
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(requestsKey(guardianId), data);
      // An approved change is the guardian's data now: the page above shows it.
      void queryClient.invalidateQueries({ queryKey: ['guardians'] });
    },
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="change-requests-title" data-testid="change-requests">
      <Title order={2} size="h3" id="change-requests-title">
        {t('guardianData.staff.title')}
      </Title>
      {decide.isError && (
        <Alert color="red" variant="light">
          {errorText(t, decide.error)}
        </Alert>
      )}
      {renderResult(requests, (data) =>
        data.requests.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('guardianData.staff.none')}
          </Text>
        ) : (
          <Stack gap="xs">
            {data.requests.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                canDecide={data.canDecide}
                busy={decide.isPending && decide.variables.requestId === request.id}
                onDecide={(approve) => decide.mutate({ requestId: request.id, approve })}
              />
            ))}
          </Stack>
        ),
      )}
    </Stack>
  );
}
