import { Anchor, Badge, Group, List, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type GuardianFile, type UpdateGuardianBody, updateGuardianBodySchema } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { validateWith } from '../../../../lib/form-errors.ts';
import { fullName } from '../../../../lib/format.ts';
import { AddressFields, ContactFields } from '../components/ContactFields.tsx';
import { EditSection, useSaveChanges } from '../components/EditSection.tsx';
import {
  InvitationBadge,
  InvitationDetails,
  ResendInvitationButton,
} from '../components/InvitationStatus.tsx';
import { RecordPage } from '../components/RecordPage.tsx';
import { type ContactValues, emptyContact } from '../family/family-form.ts';
import { useGuardianFile, useUpdateGuardian } from '../queries.ts';
import { ChangeRequestsSection } from './ChangeRequestsSection.tsx';

const FIELDS = Object.keys(emptyContact()) as (keyof ContactValues)[];

function contactOf(guardian: GuardianFile['guardian']): ContactValues {
  return Object.fromEntries(FIELDS.map((field) => [field, guardian[field]])) as unknown as ContactValues;
}

/** Only what changed (a new e-mail address also becomes the account's sign-in address). */
function changed(before: ContactValues, after: ContactValues): UpdateGuardianBody {
  const body: Record<string, string> = {};
  for (const field of FIELDS) if (after[field].trim() !== before[field]) body[field] = after[field].trim();
  return body as UpdateGuardianBody;
}

function GuardianForm({ file }: { file: GuardianFile }) {
  const { t } = useTranslation();
  const update = useUpdateGuardian(file.guardian.id);
  const initial = contactOf(file.guardian);
  const form = useForm<ContactValues>({
    initialValues: initial,
    validate: (values) => {
      const { '': _nothing, ...errors } = validateWith(updateGuardianBodySchema, values, t);
      return errors;
    },
  });
  const mayUpdate = file.permittedActions.includes('guardian.update');
  const mayInvite = file.permittedActions.includes('guardian.invite');
  const save = useSaveChanges(update, form);
  const submit = form.onSubmit((values) => save(changed(initial, values)));
  return (
    <Stack gap="lg" maw={880}>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invitation-title">
        <Stack gap="xs" align="flex-start">
          <Group gap="sm">
            <Title order={2} size="h4" id="invitation-title">
              {t('families.invitation.title')}
            </Title>
            <InvitationBadge invitation={file.guardian.invitation} />
          </Group>
          <InvitationDetails invitation={file.guardian.invitation} />
          {mayInvite && <ResendInvitationButton guardian={file.guardian} />}
        </Stack>
      </Paper>
      <EditSection
        titleId="contact-title"
        title={t('families.guardianPage.contactTitle')}
        onSubmit={submit}
        error={update.error}
        pending={update.isPending}
        canSave={mayUpdate}
      >
        <fieldset disabled={!mayUpdate} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <ContactFields form={form} prefix="" />
            <AddressFields form={form} prefix="" />
          </Stack>
        </fieldset>
      </EditSection>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="children-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="children-title">
            {t('families.guardianPage.children')}
          </Title>
          <List listStyleType="none" spacing={4}>
            {file.children.map((child) => (
              <List.Item key={child.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/beheer/gezinnen/kinderen/${child.id}`}>
                    {fullName(child)}
                  </Anchor>
                  {child.parentalAuthority && (
                    <Badge size="sm" variant="outline">
                      {t('families.guardian.parentalAuthority')}
                    </Badge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** `/beheer/gezinnen/ouders/:guardianId`: a guardian's contact data, invitation and children. */
export function GuardianPage() {
  const { t } = useTranslation();
  const { guardianId = '' } = useParams();
  const file = useGuardianFile(guardianId);
  return (
    <RecordPage
      query={file}
      titleOf={(data) => fullName(data.guardian)}
      fallbackTitle={t('families.guardianPage.title')}
    >
      {(data) => (
        <Stack gap="lg">
          <Title order={1}>{fullName(data.guardian)}</Title>
          <GuardianForm key={data.guardian.id} file={data} />
          <ChangeRequestsSection guardianId={data.guardian.id} />
        </Stack>
      )}
    </RecordPage>
  );
}
