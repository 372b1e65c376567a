import {
  brandingParamsSchema,
  LOGO_MAX_BYTES,
  organisationSettingsSchema,
  updateOrganisationSettingsBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { acceptRawUpload } from '../../plugins/raw-upload.ts';
import { principalOf } from '../../plugins/types.ts';
import { careProductRoutes } from './care-products.routes.ts';
import { closingDayRoutes } from './closing-days.routes.ts';
import { groupRoutes } from './groups.routes.ts';
import { locationRoutes } from './locations.routes.ts';
import { organisationManage } from './organisation.actions.ts';
import { getPublicLogo, getSettings, removeLogo, replaceLogo, updateSettings } from './settings.service.ts';

/** Settings and branding (S1); the setup of locations, groups, care products and closing days. */
export async function organisationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/organisation/settings',
    {
      config: { action: organisationManage.name },
      schema: {
        tags: ['organisation'],
        summary: "The organisation's settings (organisation admins)",
        response: { 200: organisationSettingsSchema },
      },
    },
    async (request) => getSettings(ctx, principalOf(request)),
  );
  r.patch(
    '/organisation/settings',
    {
      config: { action: organisationManage.name },
      schema: {
        tags: ['organisation'],
        summary: 'Change name, colour, features or school-holiday region',
        body: updateOrganisationSettingsBodySchema,
        response: { 200: organisationSettingsSchema },
      },
    },
    async (request) => updateSettings(ctx, principalOf(request), request.body),
  );
  r.delete(
    '/organisation/logo',
    {
      config: { action: organisationManage.name },
      schema: {
        tags: ['organisation'],
        summary: 'Remove the logo',
        response: { 200: organisationSettingsSchema },
      },
    },
    async (request) => removeLogo(ctx, principalOf(request)),
  );

  // The upload is the image itself; its own scope reads any body as bytes (the type is decided by content).
  await app.register(async (scope) => {
    acceptRawUpload(scope, 'logo', LOGO_MAX_BYTES);
    scope.withTypeProvider<ZodTypeProvider>().put(
      '/organisation/logo',
      {
        config: { action: organisationManage.name },
        schema: {
          tags: ['organisation'],
          summary: 'Replace the logo: the body is a PNG, JPEG or WebP image of at most 2 MB',
          response: { 200: organisationSettingsSchema },
        },
      },
      async (request) => replaceLogo(ctx, principalOf(request), request.body),
    );
  });

  r.get(
    '/branding/:slug/logo',
    {
      config: { action: PUBLIC },
      schema: {
        tags: ['organisation'],
        summary: "An organisation's logo (public: the sign-in page shows it)",
        params: brandingParamsSchema,
        querystring: z.object({ v: z.string().max(64).optional() }),
      },
    },
    async (request, reply) => {
      const logo = await getPublicLogo(ctx, request.params.slug);
      // A versioned address never changes its image; the bare address is checked again now and then.
      const v = request.query.v ?? '';
      const versioned = v.length >= 8 && logo.etag.startsWith(`"${v}`);
      reply
        .header('etag', logo.etag)
        .header('cache-control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      if (request.headers['if-none-match'] === logo.etag) return reply.code(304).send();
      return reply.type(logo.contentType).send(logo.data);
    },
  );

  await locationRoutes(app, ctx);
  await groupRoutes(app, ctx);
  await careProductRoutes(app, ctx);
  await closingDayRoutes(app, ctx);
}
