import { guardianParamsSchema, invitationRunSchema, invitationSchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { guardianInvite } from './invitations.actions.ts';
import { resendInvitation, runInvitationSweep } from './invitations.service.ts';

const guardianTarget = paramTarget('guardianId');

export async function invitationsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/guardians/:guardianId/invitation',
    {
      config: { action: guardianInvite.name, target: guardianTarget },
      schema: {
        tags: ['invitations'],
        summary: 'Send a guardian a new activation link now',
        params: guardianParamsSchema,
        response: { 200: invitationSchema },
      },
    },
    async (request) => resendInvitation(ctx, principalOf(request), request.params.guardianId),
  );
  if (!ctx.config.devApi) return;
  r.post(
    '/dev/invitations/run',
    {
      config: { action: PUBLIC },
      schema: {
        tags: ['development'],
        summary: 'Run the invitation job now and deliver its mails',
        response: { 200: invitationRunSchema },
      },
    },
    async () => {
      const invited = await runInvitationSweep(ctx, null);
      await ctx.jobs.drain();
      return { invited };
    },
  );
}
