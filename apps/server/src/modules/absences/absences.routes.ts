import {
  absenceLineListQuerySchema,
  absenceLineListSchema,
  absenceLineParamsSchema,
  absenceOptionsQuerySchema,
  absenceOptionsSchema,
  cancelledAbsenceSchema,
  createAbsenceBodySchema,
  createdAbsenceSchema,
  idempotencyHeadersSchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { parentPortalUse } from '../organisation/organisation.actions.ts';
import { absenceLineCancel } from './absences.actions.ts';
import { cancelAbsence, getAbsenceOptions, listAbsenceLines, reportAbsence } from './absences.service.ts';

/** Absences reported by parents (P14), in the requests overview (P15). */
export async function absencesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['absences'];
  r.get(
    '/absences/options',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary:
          "The children's planned day parts per date, with the credit reporting each absent would yield",
        querystring: absenceOptionsQuerySchema,
        response: { 200: absenceOptionsSchema },
      },
    },
    async (request) => getAbsenceOptions(ctx, principalOf(request), request.query.from, request.query.to),
  );
  r.post(
    '/absences',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: 'Report day parts absent ("Afwezigheid doorgeven"); registered at once',
        headers: idempotencyHeadersSchema,
        body: createAbsenceBodySchema,
        response: { 201: createdAbsenceSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        reportAbsence(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.get(
    '/absences',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: "Every absence line of the account's children, newest first",
        querystring: absenceLineListQuerySchema,
        response: { 200: absenceLineListSchema },
      },
    },
    async (request) => listAbsenceLines(ctx, principalOf(request), request.query),
  );
  r.post(
    '/absence-lines/:lineId/cancel',
    {
      config: { action: absenceLineCancel.name, target: paramTarget('lineId') },
      schema: {
        tags,
        summary: 'Cancel a reported absence while the policy allows; its unused credit is withdrawn',
        params: absenceLineParamsSchema,
        response: { 200: cancelledAbsenceSchema },
      },
    },
    async (request) => cancelAbsence(ctx, principalOf(request), request.params.lineId),
  );
}
