import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { GuardianChangeRequest, OwnGuardian } from '@nestje/contract';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ChangePasswordForm } from '../../account/ChangePasswordForm.tsx';
import { OwnDataForm } from './OwnDataForm.tsx';
import { useOwnGuardian } from './queries.ts';

/** A name or an address as one line. */
export function nameText(v: { firstName?: string; lastName?: string }) {
  return [v.firstName, v.lastName].filter(Boolean).join(' ');
}
export function addressText(v: { street?: string; houseNumber?: string; postcode?: string; city?: string }) {
  const line1 = [v.street, v.houseNumber].filter(Boolean).join(' ');
  const line2 = [v.postcode, v.city].filter(Boolean).join(' ');
  return [line1, line2].filter(Boolean).join(', ');
}

function Row({ label, value, pending }: { label: string; value: string; pending?: GuardianChangeRequest }) {
  const { t } = useTranslation();
  const requested = pending ? (pending.kind === 'name' ? nameText : addressText)(pending.requested) : null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value || t('guardianData.notRecorded')}</Text>
      {pending && (
        <Group gap="xs" data-testid="own-pending">
          <Badge color="orange" variant="light">
            {t('guardianData.pending')}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('guardianData.pendingValue', { value: requested || t('guardianData.notRecorded') })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

function OwnData({ own, onEdit, notice }: { own: OwnGuardian; onEdit: () => void; notice: ReactNode }) {
  const { t } = useTranslation();
  const pendingOf = (kind: string) => own.pending.find((p) => p.kind === kind);
  return (
    <Stack gap="md">
      {notice}
      <Row label={t('guardianData.fields.name')} value={nameText(own.data)} pending={pendingOf('name')} />
      <Stack gap={2}>
        <Row label={t('guardianData.fields.email')} value={own.data.email} />
        <Text size="xs" c="dimmed">
          {t('guardianData.emailNote')}
        </Text>
      </Stack>
      <Row label={t('guardianData.fields.phone')} value={own.data.phone} />
      <Row
        label={t('guardianData.fields.address')}
        value={addressText(own.data)}
        pending={pendingOf('address')}
      />
      <Text size="sm" c="dimmed">
        {t('guardianData.approvalNote')}
      </Text>
      <Group>
        <Button variant="light" onClick={onEdit}>
          {t('guardianData.edit')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * `/overig/account` (P17, Account & Kinderen → one's own name): one's own data with the changes that wait for
 * the organisation's approval marked as such, the form to change them, and the password change.
 */
export function AccountDataPage() {
  const { t } = useTranslation();
  usePageTitle(t('guardianData.title'));
  const own = useOwnGuardian();
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<'saved' | 'pending' | null>(null);
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/overig" size="sm">
        ← {t('guardianData.back')}
      </Anchor>
      <Title order={1}>{t('guardianData.title')}</Title>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="own-data-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="own-data-title">
            {t('guardianData.dataTitle')}
          </Title>
          {renderResult(own, (data) =>
            editing ? (
              <OwnDataForm
                own={data}
                onDone={(result) => {
                  setEditing(false);
                  setOutcome(result === 'cancelled' ? null : result);
                }}
              />
            ) : (
              <OwnData
                own={data}
                onEdit={() => {
                  setOutcome(null);
                  setEditing(true);
                }}
                notice={
                  outcome && (
                    <Alert color="green" variant="light" role="status">
                      {outcome === 'pending' ? t('guardianData.savedPending') : t('guardianData.saved')}
                    </Alert>
                  )
                }
              />
            ),
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <ChangePasswordForm />
      </Paper>
    </Stack>
  );
}
