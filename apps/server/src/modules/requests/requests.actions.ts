import { defineAction } from '../../authz/actions.ts';
import {
  guardianOfChild,
  hasAnyRole,
  linkedTo,
  PLANNING_ROLES,
  type Rule,
  staffOfGroup,
} from '../../authz/rules.ts';

/**
 * Requests are made by a child's guardians, for their own children (the child is the target); their lines are
 * read and cancelled by the guardians of the line's child, and read and assessed by the planners, location
 * managers and admins of the line's group.
 */
export const requestsPlan = defineAction('requests.plan', 'child', [guardianOfChild]);

/** Lines of the children `childRule` allows. Target: a request line. */
const linesOfChildren = (childRule: Rule): Rule =>
  linkedTo(childRule, ({ db, principal }, children) =>
    db
      .selectFrom('care_request_lines')
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('child_id', 'in', children),
  );

/** Lines in the groups `groupRule` allows. Target: a request line. */
const linesInGroups = (groupRule: Rule): Rule =>
  linkedTo(groupRule, ({ db, principal }, groups) =>
    db
      .selectFrom('care_request_lines')
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('group_id', 'in', groups),
  );

const plannersOfLineGroup = linesInGroups(staffOfGroup(...PLANNING_ROLES));

export const requestLineRead = defineAction('requestLine.read', 'requestLine', [
  linesOfChildren(guardianOfChild),
  plannersOfLineGroup,
]);
export const requestLineCancel = defineAction('requestLine.cancel', 'requestLine', [
  linesOfChildren(guardianOfChild),
]);
export const requestLineAssess = defineAction('requestLine.assess', 'requestLine', [plannersOfLineGroup]);

/** The assessment queue: staff who plan somewhere (the queue holds only their groups' lines). */
export const assessmentRead = defineAction('assessment.read', 'organisation', [
  hasAnyRole(...PLANNING_ROLES),
]);

/** The groups whose lines the principal assesses: the queue is filtered by them. Target: a group. */
export const groupRequestsAssess = defineAction('group.assessRequests', 'group', [
  staffOfGroup(...PLANNING_ROLES),
]);
