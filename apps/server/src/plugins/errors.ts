import type { ErrorBody, FieldError } from '@nestje/contract';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

function fieldPath(instancePath: string, context: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return context === 'body' || path === '' ? path : `${context}.${path}`;
}

/**
 * The one error handler: typed errors answer with their status and code, validation failures with 400 and the
 * failing fields, and anything unexpected with a 500 that says nothing about the cause (which is logged).
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let status = 500;
  let body: ErrorBody = { error: { code: 'internal', message: 'Something went wrong' } };
  if (error instanceof AppError) {
    status = error.status;
    body = {
      error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
    };
    reply.headers(error.headers);
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    status = 400;
    const fields: FieldError[] = error.validation.map((v) => {
      const details = v.params as
        | { params?: { code?: unknown }; issue?: { code?: string; params?: { code?: unknown } } }
        | undefined;
      const issue = details?.issue;
      // A contract refinement names its own code (e.g. `date_order`) in its params; the type provider passes
      // the issue's own fields (its `params` among them) as the validation error's params.
      const own = details?.params?.code ?? issue?.params?.code;
      return {
        path: fieldPath(v.instancePath, error.validationContext ?? 'body'),
        code: typeof own === 'string' ? own : (issue?.code ?? v.keyword),
        message: v.message ?? 'Invalid',
      };
    });
    body = { error: { code: 'validation_failed', message: 'The request is not valid', fields } };
  } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors: malformed JSON, wrong content type, body too large.
    status = error.statusCode;
    const code =
      status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'validation_failed';
    body = { error: { code, message: error.message } };
  }
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.code(status).send(body);
}
