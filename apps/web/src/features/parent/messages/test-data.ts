import type { Message, MessageRecipients, Thread, ThreadSummary } from '@nestje/contract';
import { NOORTJE_ID } from '../../../components/media/test-support.ts';

export const TIES_ID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b12';
export const HAMSTERS_ID = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c02';
export const VLINDERS_ID = '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c03';
export const THREAD_ID = '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01';

export const recipients: MessageRecipients = {
  children: [
    {
      id: NOORTJE_ID,
      firstName: 'Noortje',
      lastName: 'de Vries',
      groups: [{ id: HAMSTERS_ID, name: 'Hamsters' }],
    },
    {
      id: TIES_ID,
      firstName: 'Ties',
      lastName: 'de Vries',
      groups: [
        { id: HAMSTERS_ID, name: 'Hamsters' },
        { id: VLINDERS_ID, name: 'Vlinders' },
      ],
    },
  ],
};

export function summary(overrides: Partial<ThreadSummary> = {}): ThreadSummary {
  return {
    id: THREAD_ID,
    childId: NOORTJE_ID,
    childName: 'Noortje',
    groupId: HAMSTERS_ID,
    groupName: 'Hamsters',
    subject: 'Slaapje',
    startedAt: '2026-03-12T13:05:00Z',
    lastMessageAt: '2026-03-12T14:30:00Z',
    lastMessagePreview: 'Ze heeft goed geslapen.',
    lastAuthorName: 'Ahmed Bakker',
    unread: 1,
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d01',
    threadId: THREAD_ID,
    authorName: 'Sanne de Vries',
    authorKind: 'guardian',
    mine: true,
    body: 'Heeft Noortje goed geslapen?',
    sentAt: '2026-03-12T13:05:00Z',
    attachments: [],
    ...overrides,
  };
}

export function thread(overrides: Partial<Thread> = {}): Thread {
  return {
    ...summary({ unread: 0 }),
    messages: [
      message(),
      message({
        id: '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1d02',
        authorName: 'Ahmed Bakker',
        authorKind: 'staff',
        mine: false,
        body: 'Ze heeft goed geslapen.',
        sentAt: '2026-03-12T14:30:00Z',
      }),
    ],
    ...overrides,
  };
}
