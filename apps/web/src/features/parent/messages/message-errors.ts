import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api.ts';
import { type FieldMessages, fieldErrorText } from '../../../lib/form-errors.ts';
import { errorText } from '../../../lib/translate.ts';

export type MessageField = 'childId' | 'groupId' | 'subject' | 'body' | 'attachments';

const FIELD_MESSAGES: FieldMessages = {
  childId: 'messages.fieldErrors.childId',
  groupId: 'messages.fieldErrors.groupId',
  subject: 'messages.fieldErrors.subject',
  body: 'messages.fieldErrors.body',
};

function fieldOf(path: string): MessageField | null {
  if (path.startsWith('attachmentIds')) return 'attachments';
  const first = path.split('.')[0];
  return first === 'childId' || first === 'groupId' || first === 'subject' || first === 'body' ? first : null;
}

/**
 * A refusal of the server as texts: per field of the message form (a photo that is gone counts for the photos),
 * or one general text when no field is named.
 */
export function useMessageProblem(error: unknown): {
  general: string | null;
  fields: Partial<Record<MessageField, string>>;
} {
  const { t } = useTranslation();
  if (!error) return { general: null, fields: {} };
  const fields: Partial<Record<MessageField, string>> = {};
  if (error instanceof ApiError) {
    for (const failing of error.fields) {
      const field = fieldOf(failing.path);
      if (!field || fields[field]) continue;
      fields[field] =
        field === 'attachments'
          ? t('messages.form.attachmentGone')
          : fieldErrorText(t, failing.path, failing.code, FIELD_MESSAGES);
    }
  }
  return { general: Object.keys(fields).length > 0 ? null : errorText(t, error), fields };
}
