import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ChildDeclaration } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleCard } from '../../../components/ArticleCard.tsx';
import { renderResult } from '../../../components/QueryResult.tsx';
import { errorCode } from '../../../lib/translate.ts';
import { DeclarationFillForm } from './DeclarationFillForm.tsx';
import { DeclarationValues } from './DeclarationValues.tsx';
import { useChildDeclarations, useSignDeclaration } from './declarations-queries.ts';

function DeclarationCard({
  entry,
  canSign,
  open,
  saved,
  onOpen,
  onClose,
  childId,
}: {
  entry: ChildDeclaration;
  canSign: boolean;
  open: boolean;
  saved: boolean;
  onOpen: () => void;
  onClose: (saved: boolean) => void;
  childId: string;
}) {
  const { t } = useTranslation();
  const sign = useSignDeclaration(childId);
  const { form, current, outdated } = entry;
  const headingId = `declaration-${form.id}`;
  const [changed, setChanged] = useState(false);
  return (
    <ArticleCard headingId={headingId} testId="declaration-item">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {form.current.title}
          </Title>
          {current === null ? (
            <Badge color="gray" variant="light">
              {t('declarations.parent.notSigned')}
            </Badge>
          ) : outdated ? (
            <Badge color="orange" variant="light">
              {t('declarations.parent.refill')}
            </Badge>
          ) : (
            <Badge color="green" variant="light">
              {t('declarations.parent.signedBadge')}
            </Badge>
          )}
        </Group>
        {outdated && (
          <Text size="sm" c="orange.9" data-testid="declaration-outdated">
            {t('declarations.parent.outdated')}
          </Text>
        )}
        {saved && !open && (
          <Alert color="green" variant="light" role="status">
            {t('declarations.parent.saved')}
          </Alert>
        )}
        {changed && (
          <Alert color="orange" variant="light" role="alert">
            {t('declarations.parent.formChanged')}
          </Alert>
        )}
        {open ? (
          <DeclarationFillForm
            // A new version of the form starts a fresh form.
            key={form.current.id}
            form={form}
            previous={current}
            defaultName=""
            pending={sign.isPending}
            error={sign.error}
            onCancel={() => onClose(false)}
            onSubmit={(body) => {
              setChanged(false);
              sign.mutate(
                { formId: form.id, ...body },
                {
                  onSuccess: () => onClose(true),
                  onError: (error) => {
                    if (errorCode(error) === 'declaration.form_changed') setChanged(true);
                  },
                },
              );
            }}
          />
        ) : (
          <>
            {current && <DeclarationValues declaration={current} />}
            {canSign && form.active && (
              <Group>
                <Button variant={current && !outdated ? 'light' : 'filled'} onClick={onOpen}>
                  {current === null
                    ? t('declarations.parent.fillIn')
                    : outdated
                      ? t('declarations.parent.refill')
                      : t('declarations.parent.change')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </ArticleCard>
  );
}

/**
 * "Verklaringen" on a child's page (P17): each form the organisation asks, with the current declaration as it
 * was signed, "opnieuw invullen" when the form changed since, and the form to fill in and sign. A guardian
 * without parental authority reads them only.
 */
export function DeclarationsSection({ childId, childName }: { childId: string; childName: string }) {
  const { t } = useTranslation();
  const declarations = useChildDeclarations(childId);
  const [openId, setOpenId] = useState<string | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby="declarations-title" data-testid="child-declarations">
      <Title order={2} size="h3" id="declarations-title">
        {t('declarations.parent.title')}
      </Title>
      {renderResult(declarations, (data) => (
        <Stack gap="sm">
          <Text size="sm">{t('declarations.parent.intro', { child: childName })}</Text>
          {!data.canSign && data.forms.length > 0 && (
            <Alert color="blue" variant="light" data-testid="declarations-no-authority">
              {t('declarations.parent.noAuthority', { child: childName })}
            </Alert>
          )}
          {data.forms.length === 0 && <Text c="dimmed">{t('declarations.parent.none')}</Text>}
          {data.forms.map((entry) => (
            <DeclarationCard
              key={entry.form.id}
              entry={entry}
              childId={childId}
              canSign={data.canSign}
              open={openId === entry.form.id}
              saved={savedId === entry.form.id}
              onOpen={() => {
                setSavedId(null);
                setOpenId(entry.form.id);
              }}
              onClose={(saved) => {
                setOpenId(null);
                setSavedId(saved ? entry.form.id : null);
              }}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
