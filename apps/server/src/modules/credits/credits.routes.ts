import {
  childParamsSchema,
  correctCreditBodySchema,
  creditListSchema,
  creditParamsSchema,
  creditSchema,
  grantCreditBodySchema,
  idempotencyHeadersSchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { childRead } from '../families/families.actions.ts';
import { creditCorrect, creditGrant, creditListOwn } from './credits.actions.ts';
import { correctCredit, grantCredit, listChildCredits, listOwnCredits } from './credits.service.ts';

/** Credits (tegoeden): the parent's list (P17 Functies), and the child file's credits for staff (S7). */
export async function creditsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['credits'];
  r.get(
    '/credits',
    {
      config: { action: creditListOwn.name },
      schema: {
        tags,
        summary:
          "The credits of the guardian's children with their entries, by child and end date (empty without " +
          'the credits feature)',
        response: { 200: creditListSchema },
      },
    },
    async (request) => listOwnCredits(ctx, principalOf(request)),
  );
  r.get(
    '/children/:childId/credits',
    {
      config: { action: childRead.name, target: paramTarget('childId') },
      schema: {
        tags,
        summary: "A child's credits with their entries (empty without the credits feature)",
        params: childParamsSchema,
        response: { 200: creditListSchema },
      },
    },
    async (request) => listChildCredits(ctx, principalOf(request), request.params.childId),
  );
  r.post(
    '/children/:childId/credits',
    {
      config: { action: creditGrant.name, target: paramTarget('childId') },
      schema: {
        tags,
        summary:
          'Grant a child a credit (403 `credits.feature_off` without the credits feature); a repeat with the ' +
          'same Idempotency-Key returns the first answer',
        params: childParamsSchema,
        headers: idempotencyHeadersSchema,
        body: grantCreditBodySchema,
        response: { 201: creditSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        grantCredit(ctx, principalOf(request), request.params.childId, request.body, idempotency),
      ),
  );
  r.post(
    '/credits/:creditId/corrections',
    {
      config: { action: creditCorrect.name, target: paramTarget('creditId') },
      schema: {
        tags,
        summary:
          'Add to or take from a credit with a reason; taking more than is left is `amount` `below_zero`',
        params: creditParamsSchema,
        headers: idempotencyHeadersSchema,
        body: correctCreditBodySchema,
        response: { 200: creditSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(
        ctx,
        request,
        reply,
        (idempotency) =>
          correctCredit(ctx, principalOf(request), request.params.creditId, request.body, idempotency),
        { status: 200 },
      ),
  );
}
