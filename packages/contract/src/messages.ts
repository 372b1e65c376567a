import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';
import { mediaViewSchema } from './media.ts';

// Messages (berichten, P6, S5): threads between a child's guardians and the staff of one of the child's groups.
// Every thread is about one child and one group and has a subject; every message shows its moment. A sent message
// can never be edited or deleted: no route allows it and the database refuses it. Read state is kept per account.

/** At most this many attachments (photos and PDFs, through the media pipeline) in one message. */
export const MESSAGE_MAX_ATTACHMENTS = 10;

export const messageSchema = z.object({
  id: idSchema,
  threadId: idSchema,
  authorName: z.string(),
  authorKind: z.enum(['staff', 'guardian']),
  /** Written by the asking account. */
  mine: z.boolean(),
  body: z.string(),
  sentAt: instantSchema,
  attachments: z.array(mediaViewSchema),
});
export type Message = z.infer<typeof messageSchema>;

export const threadSummarySchema = z.object({
  id: idSchema,
  childId: idSchema,
  childName: z.string(),
  groupId: idSchema,
  groupName: z.string(),
  subject: z.string(),
  startedAt: instantSchema,
  lastMessageAt: instantSchema,
  /** The start of the last message's text. */
  lastMessagePreview: z.string(),
  lastAuthorName: z.string(),
  /** Messages of others the asking account has not read. */
  unread: z.number().int(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

/** `before`: the `nextBefore` of the previous page (threads by their last message, newest first). */
export const threadListQuerySchema = z.object({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/**
 * GET /threads (guardians: the threads about their children) and GET /groups/:groupId/threads (staff of the
 * group: its inbox), newest activity first.
 */
export const threadListSchema = z.object({
  threads: z.array(threadSummarySchema),
  nextBefore: z.string().nullable(),
});
export type ThreadList = z.infer<typeof threadListSchema>;

/** GET /threads/:threadId: the whole thread, oldest message first; reading it marks it read for the account. */
export const threadSchema = threadSummarySchema.extend({ messages: z.array(messageSchema) });
export type Thread = z.infer<typeof threadSchema>;

export const threadParamsSchema = z.object({ threadId: idSchema });

/**
 * POST /threads (with an Idempotency-Key): "Bericht schrijven". A guardian writes about one of their children to
 * one of its groups; staff of a group start a thread to a child of the group's guardians. `groupId` is required
 * (`required`) when the child has several groups, and must be one of them (`not_in_group`). Attachments are the
 * writer's unused uploads, photos or PDFs (`attachmentIds.<i>` `not_found`).
 */
export const createThreadBodySchema = z.object({
  childId: idSchema,
  groupId: idSchema.optional(),
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10000),
  attachmentIds: z.array(idSchema).max(MESSAGE_MAX_ATTACHMENTS).default([]),
});
export type CreateThreadBody = z.input<typeof createThreadBodySchema>;

/** POST /threads/:threadId/messages (with an Idempotency-Key): an answer in the thread. */
export const postMessageBodySchema = z.object({
  body: z.string().trim().min(1).max(10000),
  attachmentIds: z.array(idSchema).max(MESSAGE_MAX_ATTACHMENTS).default([]),
});
export type PostMessageBody = z.input<typeof postMessageBodySchema>;

/** GET /messages/recipients: whom the account may write to — per child, its current groups. */
export const messageRecipientsSchema = z.object({
  children: z.array(
    z.object({
      id: idSchema,
      firstName: z.string(),
      lastName: z.string(),
      groups: z.array(z.object({ id: idSchema, name: z.string() })),
    }),
  ),
});
export type MessageRecipients = z.infer<typeof messageRecipientsSchema>;

/** GET /messages/unread: the account's unread messages, in all and (for staff) per group. */
export const unreadCountsSchema = z.object({
  total: z.number().int(),
  groups: z.array(z.object({ groupId: idSchema, groupName: z.string(), unread: z.number().int() })),
});
export type UnreadCounts = z.infer<typeof unreadCountsSchema>;
