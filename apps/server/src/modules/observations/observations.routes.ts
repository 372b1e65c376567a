import {
  childObservationParamsSchema,
  childObservationsSchema,
  childParamsSchema,
  createObservationBodySchema,
  createObservationFormBodySchema,
  idempotencyHeadersSchema,
  observationFormListSchema,
  observationFormParamsSchema,
  observationFormSchema,
  observationSchema,
  ownObservationsSchema,
  shareObservationBodySchema,
  updateObservationBodySchema,
  updateObservationFormBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  createObservationForm,
  listObservationForms,
  updateObservationForm,
} from './observation-forms.service.ts';
import {
  childObservationsRead,
  observationFormList,
  observationFormManage,
  observationListOwn,
  observationWrite,
} from './observations.actions.ts';
import {
  createObservation,
  getObservation,
  listChildObservations,
  listOwnObservations,
  shareObservation,
  updateObservation,
} from './observations.service.ts';

const FEATURE_OFF = ' (403 `observations.feature_off` where the organisation does not use observations)';

/** Observations (kindvolgsysteem, P17, S7): the organisation's forms and each child's observations. */
export async function observationsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['observations'];
  const childTarget = paramTarget('childId');
  r.get(
    '/observation-forms',
    {
      config: { action: observationFormList.name },
      schema: {
        tags,
        summary: `The observation forms with their current fields; admins also see inactive ones${FEATURE_OFF}`,
        response: { 200: observationFormListSchema },
      },
    },
    async (request) => listObservationForms(ctx, principalOf(request)),
  );
  r.post(
    '/observation-forms',
    {
      config: { action: observationFormManage.name },
      schema: {
        tags,
        summary: `Add an observation form with the first version of its fields${FEATURE_OFF}`,
        headers: idempotencyHeadersSchema,
        body: createObservationFormBodySchema,
        response: { 201: observationFormSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createObservationForm(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.patch(
    '/observation-forms/:formId',
    {
      config: { action: observationFormManage.name },
      schema: {
        tags,
        summary: `Change a form's title or activity; changed fields become a new version${FEATURE_OFF}`,
        params: observationFormParamsSchema,
        body: updateObservationFormBodySchema,
        response: { 200: observationFormSchema },
      },
    },
    async (request) => updateObservationForm(ctx, principalOf(request), request.params.formId, request.body),
  );
  r.get(
    '/observations',
    {
      config: { action: observationListOwn.name },
      schema: {
        tags,
        summary: `A guardian's children with the observations shared with them, newest first${FEATURE_OFF}`,
        response: { 200: ownObservationsSchema },
      },
    },
    async (request) => listOwnObservations(ctx, principalOf(request)),
  );
  r.get(
    '/children/:childId/observations',
    {
      config: { action: childObservationsRead.name, target: childTarget },
      schema: {
        tags,
        summary: `A child's observations, newest first; guardians get only the shared ones${FEATURE_OFF}`,
        params: childParamsSchema,
        response: { 200: childObservationsSchema },
      },
    },
    async (request) => listChildObservations(ctx, principalOf(request), request.params.childId),
  );
  r.get(
    '/children/:childId/observations/:observationId',
    {
      config: { action: childObservationsRead.name, target: childTarget },
      schema: {
        tags,
        summary: `One observation with its fields and values; 404 for a guardian while it is not shared${FEATURE_OFF}`,
        params: childObservationParamsSchema,
        response: { 200: observationSchema },
      },
    },
    async (request) =>
      getObservation(ctx, principalOf(request), request.params.childId, request.params.observationId),
  );
  r.post(
    '/children/:childId/observations',
    {
      config: { action: observationWrite.name, target: childTarget },
      schema: {
        tags,
        summary:
          'Fill in the current version of a form for the child, as a draft or final; 409 ' +
          `observation.form_changed when the form changed meanwhile${FEATURE_OFF}`,
        headers: idempotencyHeadersSchema,
        params: childParamsSchema,
        body: createObservationBodySchema,
        response: { 201: observationSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { childId } = request.params;
      return sendIdempotent(
        ctx,
        request,
        reply,
        (idempotency) => createObservation(ctx, principal, childId, request.body, idempotency),
        {
          onReplay: () =>
            recordAudit(ctx.db, ctx.clock, {
              organisationId: principal.organisationId,
              actorAccountId: principal.accountId,
              action: 'child.read',
              childIds: [childId],
              details: { view: 'observation' },
            }),
        },
      );
    },
  );
  r.patch(
    '/children/:childId/observations/:observationId',
    {
      config: { action: observationWrite.name, target: childTarget },
      schema: {
        tags,
        summary: `Change a draft observation or make it final; 409 observation.final for a final one${FEATURE_OFF}`,
        params: childObservationParamsSchema,
        body: updateObservationBodySchema,
        response: { 200: observationSchema },
      },
    },
    async (request) =>
      updateObservation(
        ctx,
        principalOf(request),
        request.params.childId,
        request.params.observationId,
        request.body,
      ),
  );
  r.put(
    '/children/:childId/observations/:observationId/sharing',
    {
      config: { action: observationWrite.name, target: childTarget },
      schema: {
        tags,
        summary:
          'Share a final observation with the guardians (who and when are kept) or take it back; 409 ' +
          `observation.not_final for a draft${FEATURE_OFF}`,
        params: childObservationParamsSchema,
        body: shareObservationBodySchema,
        response: { 200: observationSchema },
      },
    },
    async (request) =>
      shareObservation(
        ctx,
        principalOf(request),
        request.params.childId,
        request.params.observationId,
        request.body,
      ),
  );
}
