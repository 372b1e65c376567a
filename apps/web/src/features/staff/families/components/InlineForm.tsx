import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';

interface InlineFormProps {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The request's error that belongs to no field. */
  error: unknown;
  submitLabel: string;
  /** Orange for a change that ends something (ending a placement). */
  submitColor?: string;
  pending: boolean;
  onCancel: () => void;
  /** Said above the fields, e.g. how a change applies. */
  notice?: ReactNode;
  /** Forms that change something already shown sit on a grey background inside its card. */
  tinted?: boolean;
  children: ReactNode;
}

/**
 * A small form that opens within a section of the child file (add a guardian, add, change or end a
 * placement): a heading, the fields, and "save" and "cancel" below them.
 */
export function InlineForm({
  title,
  onSubmit,
  error,
  submitLabel,
  submitColor,
  pending,
  onCancel,
  notice,
  tinted = false,
  children,
}: InlineFormProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg={tinted ? 'gray.0' : undefined}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {title}
          </Title>
          {notice}
          <FormErrorAlert error={error} />
          {children}
          <Group>
            <Button type="submit" color={submitColor} loading={pending}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('families.newFamily.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
