import { devClockBodySchema, devClockSchema, devMailboxSchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { selectDevMails } from '../../mail/mail.queries.ts';
import type { SettableClock } from '../../time/clock.ts';

/**
 * Development helpers, registered only outside production: the mailbox of mails kept without SMTP, the server
 * clock for end-to-end tests, and running due jobs at once.
 */
export async function devRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  clock: SettableClock | null,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['development'];
  r.get(
    '/dev/mailbox',
    {
      config: { action: PUBLIC },
      schema: { tags, summary: 'Mails kept without SMTP', response: { 200: devMailboxSchema } },
    },
    async () => {
      const rows = await selectDevMails(ctx.db, 100);
      return {
        mails: rows.map((m) => ({
          id: m.id,
          to: m.recipient,
          subject: m.subject,
          text: m.body_text,
          html: m.body_html,
          createdAt: m.created_at.toISOString(),
        })),
      };
    },
  );
  if (!clock) return;
  r.get(
    '/dev/clock',
    { config: { action: PUBLIC }, schema: { tags, response: { 200: devClockSchema } } },
    async () => ({
      now: clock.now().toString(),
      fixed: clock.isFixed,
    }),
  );
  r.put(
    '/dev/clock',
    {
      config: { action: PUBLIC },
      schema: {
        tags,
        summary: 'Set the server clock',
        body: devClockBodySchema,
        response: { 200: devClockSchema },
      },
    },
    async (request) => {
      clock.set(request.body.now);
      return { now: clock.now().toString(), fixed: clock.isFixed };
    },
  );
}
