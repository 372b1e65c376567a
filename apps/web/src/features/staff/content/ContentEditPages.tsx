import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ContentKind, StaffContentItem } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate, useParams, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { notify } from '../../../lib/notify.ts';
import { errorText } from '../../../lib/translate.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { StaffSectionPage } from '../StaffPages.tsx';
import { canSeeSection, staffSections } from '../staff-sections.ts';
import { ContentForm } from './ContentForm.tsx';
import { KIND_SLUGS, kindOfSlug } from './content-form.ts';
import { useAudienceOptions, useRemoveContent, useStaffContentItem } from './queries.ts';

/** `/beheer/inhoud/*`: roles that write no content get the section's "no access" page. */
export function ContentLayout() {
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === 'content');
  if (!section || !canSeeSection(section, me.account.roles)) return <StaffSectionPage id="content" />;
  return <Outlet />;
}

const listPath = (kind: ContentKind) => `/beheer/inhoud?soort=${KIND_SLUGS[kind]}`;

function BackLink({ kind }: { kind: ContentKind }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={listPath(kind)} size="sm">
      {t('content.staff.back')}
    </Anchor>
  );
}

/** The message after saving: published, planned or kept as a draft. */
function useSavedText() {
  const { t } = useTranslation();
  return (status: StaffContentItem['status']) => t(`content.form.saved.${status}`);
}

/** `/beheer/inhoud/nieuw?soort=`: a new news item, newsletter or information page. */
export function NewContentPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const kind = kindOfSlug(params.get('soort'));
  usePageTitle(t(`content.staff.new.${kind}`));
  const navigate = useNavigate();
  const options = useAudienceOptions();
  const savedText = useSavedText();
  return (
    <Stack gap="md">
      <BackLink kind={kind} />
      <Title order={1}>{t(`content.staff.new.${kind}`)}</Title>
      {renderResult(options, (data) => (
        <ContentForm
          kind={kind}
          options={data}
          onSaved={(saved) => {
            notify(savedText(saved.status), 'success');
            void navigate(listPath(kind));
          }}
          onCancel={() => void navigate(listPath(kind))}
        />
      ))}
    </Stack>
  );
}

function RemoveButton({ item }: { item: StaffContentItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemoveContent(item.id);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button color="red.9" variant="light" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('content.remove.button')}
      </Button>
      <ConfirmDialog
        opened={open}
        title={t('content.remove.title')}
        confirmLabel={t('content.remove.confirm')}
        danger
        loading={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notify(t('content.remove.done', { title: item.title }), 'success');
              void navigate(listPath(item.kind));
            },
          })
        }
        error={
          remove.error ? (
            <Alert color="red" variant="light">
              {errorText(t, remove.error)}
            </Alert>
          ) : undefined
        }
      >
        <Text>{t('content.remove.text', { title: item.title })}</Text>
      </ConfirmDialog>
    </>
  );
}

function EditContent({ item }: { item: StaffContentItem }) {
  usePageTitle(item.title);
  const navigate = useNavigate();
  const options = useAudienceOptions();
  const savedText = useSavedText();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Title>
        {item.editable && <RemoveButton item={item} />}
      </Group>
      {renderResult(options, (data) => (
        <ContentForm
          key={item.id}
          kind={item.kind}
          options={data}
          item={item}
          onSaved={(saved) => {
            notify(savedText(saved.status), 'success');
            void navigate(listPath(item.kind));
          }}
          onCancel={() => void navigate(listPath(item.kind))}
        />
      ))}
    </Stack>
  );
}

/** `/beheer/inhoud/:contentId`: an item to change or remove. */
export function EditContentPage() {
  const { contentId = '' } = useParams();
  const [params] = useSearchParams();
  const item = useStaffContentItem(contentId);
  return (
    <Stack gap="md">
      <BackLink kind={item.data?.kind ?? kindOfSlug(params.get('soort'))} />
      {renderResult(item, (data) => (
        <EditContent item={data} />
      ))}
    </Stack>
  );
}
