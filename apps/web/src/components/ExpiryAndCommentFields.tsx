import { Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';

/** What the fields say; every text comes translated from the form that uses them. */
export interface ExpiryAndCommentTexts {
  expiresOn: string;
  expiresOnHint: string;
  comment: string;
  commentPlaceholder: string;
}

/**
 * "Aanvraag vervalt automatisch op" (a date from tomorrow to the request's last date) and the comment, as every
 * request form (Dag aanvragen, Ruildag aanvragen) asks for them.
 */
export function ExpiryAndCommentFields({
  texts,
  min,
  max,
  expiresOnInput,
  commentInput,
}: {
  texts: ExpiryAndCommentTexts;
  min: string;
  max: string | undefined;
  expiresOnInput: GetInputPropsReturnType;
  commentInput: GetInputPropsReturnType;
}) {
  return (
    <>
      <TextInput
        type="date"
        label={texts.expiresOn}
        description={texts.expiresOnHint}
        min={min}
        max={max}
        maw={280}
        {...expiresOnInput}
      />
      <Textarea
        label={texts.comment}
        placeholder={texts.commentPlaceholder}
        rows={3}
        maxLength={1000}
        {...commentInput}
      />
    </>
  );
}
