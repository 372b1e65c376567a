import { Anchor, Button, Group, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import type { ChildFile } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArticleCard } from '../../../../components/ArticleCard.tsx';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.tsx';
import { fullName } from '../../../../lib/format.ts';
import { notify } from '../../../../lib/notify.ts';
import { errorText } from '../../../../lib/translate.ts';
import {
  InvitationBadge,
  InvitationDetails,
  ResendInvitationButton,
} from '../components/InvitationStatus.tsx';
import { useSetParentalAuthority, useUnlinkGuardian } from '../queries.ts';
import { AddGuardianForm } from './AddGuardianForm.tsx';

type ChildGuardian = ChildFile['guardians'][number];

function address(guardian: ChildGuardian): string {
  const street = [guardian.street, guardian.houseNumber].filter(Boolean).join(' ');
  const town = [guardian.postcode, guardian.city].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ');
}

function GuardianCard({
  childId,
  childName,
  guardian,
}: {
  childId: string;
  childName: string;
  guardian: ChildGuardian;
}) {
  const { t } = useTranslation();
  const authority = useSetParentalAuthority(childId);
  const unlink = useUnlinkGuardian(childId);
  const [confirming, setConfirming] = useState(false);
  const name = fullName(guardian);
  const onError = (error: unknown) => notify(errorText(t, error), 'error');
  const headingId = `guardian-${guardian.id}`;

  return (
    <ArticleCard headingId={headingId} testId="guardian-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={`/beheer/gezinnen/ouders/${guardian.id}`}>
              {name}
            </Anchor>
          </Title>
          <InvitationBadge invitation={guardian.invitation} />
        </Group>
        <Text size="sm">{guardian.email}</Text>
        {guardian.phone && <Text size="sm">{guardian.phone}</Text>}
        {address(guardian) && (
          <Text size="sm" c="dimmed">
            {address(guardian)}
          </Text>
        )}
        <InvitationDetails invitation={guardian.invitation} />
        <Switch
          label={t('families.guardian.parentalAuthority')}
          checked={guardian.parentalAuthority}
          disabled={authority.isPending}
          onChange={(event) =>
            authority.mutate(
              { guardianId: guardian.id, parentalAuthority: event.currentTarget.checked },
              { onSuccess: () => notify(t('families.guardians.authoritySaved'), 'success'), onError },
            )
          }
        />
        <Group gap="sm">
          <ResendInvitationButton guardian={guardian} />
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
            {t('families.guardians.unlink')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('families.guardians.unlinkTitle')}
        confirmLabel={t('families.guardians.unlinkConfirm')}
        onConfirm={() =>
          unlink.mutate(guardian.id, {
            onSuccess: () => {
              setConfirming(false);
              notify(t('families.guardians.unlinked', { name }), 'success');
            },
            onError: (error) => {
              setConfirming(false);
              onError(error);
            },
          })
        }
        onCancel={() => setConfirming(false)}
        loading={unlink.isPending}
        danger
      >
        {t('families.guardians.unlinkText', { guardian: name, child: childName })}
      </ConfirmDialog>
    </ArticleCard>
  );
}

/** "Ouders en verzorgers": contact, parental authority, invitation; link or unlink guardians. */
export function GuardiansSection({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="guardians-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="guardians-title">
          {t('families.guardians.title')}
        </Title>
        {!adding && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('families.guardians.add')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {file.guardians.map((guardian) => (
          <GuardianCard
            key={guardian.id}
            childId={file.child.id}
            childName={file.child.firstName}
            guardian={guardian}
          />
        ))}
      </SimpleGrid>
      {adding && <AddGuardianForm childId={file.child.id} onDone={() => setAdding(false)} />}
    </Stack>
  );
}
