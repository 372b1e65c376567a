import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/FormErrorAlert.tsx';

/** The longest reason the server takes. */
const REASON_MAX_LENGTH = 500;

interface RejectFormProps {
  /** Says what is rejected, e.g. the child and date; also the form's accessible name. */
  title: string;
  hint: string;
  /** Said before rejecting when an "als geheel" request goes with it. */
  warning: string | null;
  submitting: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** A reason for a rejection (required: the parent sees it), for one line or for all chosen lines. */
export function RejectForm({ title, hint, warning, submitting, error, onSubmit, onCancel }: RejectFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  // The form opens on the planner's click: the reason is what they type next.
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      aria-label={title}
      data-testid="reject-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setMissing(true);
          return;
        }
        onSubmit(reason.trim());
      }}
    >
      <Stack gap="sm">
        {warning && (
          <Alert color="orange" variant="light" data-testid="whole-request-warning">
            {warning}
          </Alert>
        )}
        <Textarea
          ref={field}
          label={t('assessment.rejectForm.reason')}
          description={hint}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            if (event.currentTarget.value.trim() !== '') setMissing(false);
          }}
          error={missing ? t('assessment.rejectForm.reasonRequired') : undefined}
          maxLength={REASON_MAX_LENGTH}
          rows={3}
          required
        />
        <FormErrorAlert error={error} />
        <Group gap="sm">
          <Button type="submit" color="red.9" loading={submitting}>
            {t('assessment.rejectForm.submit')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
