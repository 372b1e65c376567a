import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { apiFieldErrors } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';

/**
 * Saving a form that sends only what changed (each change is audited field by field): with nothing changed it
 * says so and sends nothing; fields the server refuses show at the field.
 */
export function useSaveChanges<B extends object>(
  mutation: Pick<UseMutationResult<unknown, Error, B>, 'isPending' | 'mutate'>,
  form: { setErrors: (errors: Record<string, string>) => void },
) {
  const { t } = useTranslation();
  return (body: B, onSaved?: () => void) => {
    if (mutation.isPending) return;
    if (Object.keys(body).length === 0) {
      notify(t('families.file.nothingChanged'));
      return;
    }
    mutation.mutate(body, {
      onSuccess: () => {
        onSaved?.();
        notify(t('families.file.saved'), 'success');
      },
      onError: (error) => form.setErrors(apiFieldErrors(error, t)),
    });
  };
}

interface EditSectionProps {
  /** The heading's id, which names the section. */
  titleId: string;
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The save's error that belongs to no field. */
  error: unknown;
  pending: boolean;
  /** Without the right to change it, the section shows no "Opslaan". */
  canSave?: boolean;
  children: ReactNode;
}

/** A section of a child's or guardian's page whose data can be changed and saved ("Gegevens", "Contact"). */
export function EditSection({
  titleId,
  title,
  onSubmit,
  error,
  pending,
  canSave = true,
  children,
}: EditSectionProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <FormErrorAlert error={error} />
          {children}
          {canSave && (
            <Group>
              <Button type="submit" loading={pending}>
                {t('families.file.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
