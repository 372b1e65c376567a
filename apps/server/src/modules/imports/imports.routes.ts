import {
  createImportQuerySchema,
  IMPORT_MAX_BYTES,
  idSchema,
  importListSchema,
  importParamsSchema,
  importReportSchema,
  importTemplateQuerySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { fieldError } from '../../errors.ts';
import { paramTarget, queryTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { importCreate, importList, importRead, importRun } from './imports.actions.ts';
import { createImport, getImport, importTemplate, listImports, startImportRun } from './imports.service.ts';

const importTarget = paramTarget('importId');
const locationTarget = queryTarget('locationId');

/** Content types a CSV upload may come with (browsers label .csv files differently per system). */
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel'];

export async function importsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // A scope of its own, so the CSV body parser applies to these routes only.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      CSV_TYPES,
      { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/imports/template.csv',
      {
        config: { action: importList.name },
        schema: {
          tags: ['imports'],
          summary: 'The import file template: the header and one example line (text/csv)',
          querystring: importTemplateQuerySchema,
        },
      },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="nestje-import.csv"')
          .send(importTemplate(request.query.language)),
    );

    r.get(
      '/imports',
      {
        config: { action: importList.name },
        schema: {
          tags: ['imports'],
          summary: 'Recent imports the account may see, with status and counts',
          querystring: z.object({
            locationId: idSchema.optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: importListSchema },
        },
      },
      async (request) => listImports(ctx, principalOf(request), request.query),
    );

    r.post(
      '/imports',
      {
        config: { action: importCreate.name, target: locationTarget },
        bodyLimit: IMPORT_MAX_BYTES,
        schema: {
          tags: ['imports'],
          summary:
            'Check a CSV file (the body, text/csv) for a location; keeps it with its report, writes nothing else',
          querystring: createImportQuerySchema,
          response: { 200: importReportSchema },
        },
      },
      async (request) => createImport(ctx, principalOf(request), request.query, toBuffer(request.body)),
    );

    r.get(
      '/imports/:importId',
      {
        config: { action: importRead.name, target: importTarget },
        schema: {
          tags: ['imports'],
          summary: "An import's report",
          params: importParamsSchema,
          response: { 200: importReportSchema },
        },
      },
      async (request) => getImport(ctx, principalOf(request), request.params.importId),
    );

    r.post(
      '/imports/:importId/run',
      {
        config: { action: importRun.name, target: importTarget },
        schema: {
          tags: ['imports'],
          summary:
            'Carry a checked import out, all or nothing; answers NDJSON events (progress…, then completed or failed)',
          params: importParamsSchema,
        },
      },
      async (request, reply) => {
        const events = await startImportRun(ctx, principalOf(request), request.params.importId);
        return reply
          .type('application/x-ndjson; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(events);
      },
    );
  });
}

/** The raw body of a CSV upload; none at all reads as an empty file, a JSON body is not a file. */
function toBuffer(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body === undefined || body === null) return Buffer.alloc(0);
  throw fieldError('file', 'unsupported_file_type', 'Send the CSV file itself as the body (text/csv)');
}
