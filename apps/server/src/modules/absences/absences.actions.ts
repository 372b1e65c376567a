import { defineAction } from '../../authz/actions.ts';
import { guardianOfChild, linkedTo, PLANNING_ROLES, type Rule, staffOfGroup } from '../../authz/rules.ts';

/** Absence lines of the children `childRule` allows. Target: an absence line. */
const linesOfChildren = (childRule: Rule): Rule =>
  linkedTo(childRule, ({ db, principal }, children) =>
    db
      .selectFrom('absence_lines')
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('child_id', 'in', children),
  );

const linesInPlannedGroups: Rule = linkedTo(staffOfGroup(...PLANNING_ROLES), ({ db, principal }, groups) =>
  db
    .selectFrom('absence_lines')
    .select('id')
    .where('organisation_id', '=', principal.organisationId)
    .where('group_id', 'in', groups),
);

/** A child's guardians report and cancel absences; the planners of the group see them. */
export const absenceLineRead = defineAction('absenceLine.read', 'absenceLine', [
  linesOfChildren(guardianOfChild),
  linesInPlannedGroups,
]);
export const absenceLineCancel = defineAction('absenceLine.cancel', 'absenceLine', [
  linesOfChildren(guardianOfChild),
]);
