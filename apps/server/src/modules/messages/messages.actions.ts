import { defineAction } from '../../authz/actions.ts';
import {
  ALL_STAFF_ROLES,
  anyAccount,
  anyOf,
  guardianOfChild,
  linkedTo,
  type Rule,
  staffOfChildGroup,
  staffOfGroup,
} from '../../authz/rules.ts';

/** The groups whose threads a staff member takes part in: every staff role of the group. Target: a group. */
export const messageStaffOfGroup: Rule = staffOfGroup(...ALL_STAFF_ROLES);

/** Threads about the guardian's children. Target: a thread. */
const threadsOfGuardian: Rule = linkedTo(guardianOfChild, ({ db, principal }, children) =>
  db
    .selectFrom('message_threads')
    .select('id')
    .where('organisation_id', '=', principal.organisationId)
    .where('child_id', 'in', children),
);

/** Threads of the groups the staff member works in. Target: a thread. */
const threadsOfStaffGroups: Rule = linkedTo(messageStaffOfGroup, ({ db, principal }, groups) =>
  db
    .selectFrom('message_threads')
    .select('id')
    .where('organisation_id', '=', principal.organisationId)
    .where('group_id', 'in', groups),
);

/**
 * The threads an account takes part in (reads and answers): all guardians of the child and the staff of the
 * group. Everyone else does not see the thread at all (404). Target: a thread.
 */
export const participantThreads: Rule = anyOf(threadsOfGuardian, threadsOfStaffGroups);

/** Starting a thread about a child: its guardians, and the staff of a group it is (or will be) placed in. */
export const threadStart = defineAction('messageThread.start', 'child', [
  guardianOfChild,
  staffOfChildGroup(...ALL_STAFF_ROLES),
]);

/** The inbox of a group (its threads with unread counts): the group's staff. */
export const groupInboxRead = defineAction('messageInbox.read', 'group', [messageStaffOfGroup]);

/** Reading a thread and answering in it: its participants; to anyone else it does not exist (404). */
export const threadRead = defineAction('messageThread.read', 'messageThread', [participantThreads]);
export const threadAnswer = defineAction('messageThread.answer', 'messageThread', [participantThreads]);

/**
 * Messages as such (unread counts, whom to write to): any signed-in account; which threads and children it
 * reaches is decided by `participantThreads` and the recipients' rules in the service.
 */
export const messagesUse = defineAction('messages.use', 'organisation', [anyAccount]);
