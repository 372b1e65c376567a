import { defineAction } from '../../authz/actions.ts';
import { anyOf, childPlanners, isGuardian, linkedTo, type Rule } from '../../authz/rules.ts';
import { childRead } from '../families/families.actions.ts';

/**
 * Credits (tegoeden) belong to a child: whoever may read the child may read its credits (its guardians, staff of
 * its groups, planners of its location); the child's planners grant and correct them.
 */

/** The credits of the children `childRule` allows. Target: a credit. */
const creditsOfChildren = (childRule: Rule): Rule =>
  linkedTo(childRule, ({ db, principal }, children) =>
    db
      .selectFrom('credits')
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('child_id', 'in', children),
  );

/** A guardian's own list of their children's credits (Functies → Tegoeden). */
export const creditListOwn = defineAction('credit.listOwn', 'organisation', [isGuardian]);

/** One credit: those who may read its child. */
export const creditRead = defineAction('credit.read', 'credit', [
  creditsOfChildren(anyOf(...childRead.rules)),
]);

/** Granting a child a credit: the child's planners, location managers and admins. */
export const creditGrant = defineAction('credit.grant', 'child', [childPlanners]);

/** Correcting a credit (adding or taking, with a reason): the planners of the credit's child. */
export const creditCorrect = defineAction('credit.correct', 'credit', [creditsOfChildren(childPlanners)]);
