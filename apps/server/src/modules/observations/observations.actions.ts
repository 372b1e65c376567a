import type { StaffRole } from '@nestje/contract';
import { defineAction } from '../../authz/actions.ts';
import {
  anyOf,
  guardianOfChild,
  hasAnyRole,
  hasOrganisationRole,
  isGuardian,
  linkedTo,
  staffOfChildGroup,
  staffOfChildLocation,
} from '../../authz/rules.ts';

/**
 * Observations are about how a child develops, so they stay with the people who work with the child: staff of
 * the child's groups, and the location managers and admins above them. Planners plan the child but do not read
 * its observations. Guardians read the shared ones (the service filters them).
 */
const OBSERVATION_ROLES: readonly StaffRole[] = ['organisation_admin', 'location_manager', 'group_staff'];

/** Staff who observe a child: its group's staff, managers and admins, and managers and admins of its location. */
const childObservers = anyOf(
  staffOfChildGroup(...OBSERVATION_ROLES),
  staffOfChildLocation('organisation_admin', 'location_manager'),
);

/**
 * Working with observations at all, where the organisation has the feature on: `GET /me` lists it, so the web
 * shows the child file's section only to those who may read it. The routes answer `observations.feature_off`.
 */
export const observationUse = defineAction('observation.use', 'organisation', [
  linkedTo(hasAnyRole(...OBSERVATION_ROLES), ({ db }, organisations) =>
    db
      .selectFrom('organisations')
      .select('id')
      .where('id', 'in', organisations)
      .where('feature_observations', '=', true),
  ),
]);
/** The organisation's observation forms, to fill one in: staff who observe. */
export const observationFormList = defineAction('observationForm.list', 'organisation', [
  hasAnyRole(...OBSERVATION_ROLES),
]);
/** Defining forms and their fields (Beheer → Organisatie → Observatieformulieren): organisation admins. */
export const observationFormManage = defineAction('observationForm.manage', 'organisation', [
  hasOrganisationRole('organisation_admin'),
]);
/** A child's observations: its observers; its guardians only the shared ones. */
export const childObservationsRead = defineAction('childObservations.read', 'child', [
  guardianOfChild,
  childObservers,
]);
/** Filling in, changing and sharing a child's observations: its observers. */
export const observationWrite = defineAction('observation.write', 'child', [childObservers]);
/** A guardian's own list, all their children (Overig → Functies → Observaties). */
export const observationListOwn = defineAction('observation.listOwn', 'organisation', [isGuardian]);
