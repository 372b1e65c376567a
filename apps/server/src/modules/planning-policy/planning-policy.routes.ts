import { planningPolicySchema, updatePlanningPolicyBodySchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { organisationManage } from '../organisation/organisation.actions.ts';
import { planningPolicyRead } from './planning-policy.actions.ts';
import { getPlanningPolicy, updatePlanningPolicy } from './planning-policy.service.ts';

/** The planning policy (planningsbeleid): read by all staff, changed by organisation admins. */
export async function planningPolicyRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/planning-policy',
    {
      config: { action: planningPolicyRead.name },
      schema: {
        tags: ['planning-policy'],
        summary: "The organisation's planning policy, the overrides per group kind and the effective policy",
        response: { 200: planningPolicySchema },
      },
    },
    async (request) => getPlanningPolicy(ctx, principalOf(request)),
  );
  r.put(
    '/planning-policy',
    {
      config: { action: organisationManage.name },
      schema: {
        tags: ['planning-policy'],
        summary: 'Replace the planning policy (organisation admins)',
        // A group kind listed twice is `overrides.<i>.groupKind` `taken`.
        body: updatePlanningPolicyBodySchema,
        response: { 200: planningPolicySchema },
      },
    },
    async (request) => updatePlanningPolicy(ctx, principalOf(request), request.body),
  );
}
