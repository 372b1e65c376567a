import type { SwaggerTransformObject } from '@fastify/swagger';
import { IDEMPOTENCY_KEY_HEADER } from '@nestje/contract';

/** The name of the shared header parameter in `components.parameters`. */
export const IDEMPOTENCY_KEY_PARAMETER = 'IdempotencyKey';

interface Parameter {
  in?: string;
  name?: string;
  $ref?: string;
}

type Operations = Record<string, { parameters?: Parameter[] } | undefined>;

/**
 * The OpenAPI document with the `Idempotency-Key` header described once, under `components.parameters`, and
 * referred to by every operation that accepts it (each route declares the header in its schema).
 */
export const shareIdempotencyKeyParameter: SwaggerTransformObject = (documentObject) => {
  if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
  const document = documentObject.openapiObject;
  const ref = { $ref: `#/components/parameters/${IDEMPOTENCY_KEY_PARAMETER}` };
  let shared: Parameter | null = null;
  for (const operations of Object.values((document.paths ?? {}) as Record<string, Operations>)) {
    for (const operation of Object.values(operations ?? {})) {
      if (!operation?.parameters) continue;
      operation.parameters = operation.parameters.map((p) => {
        if (p.in !== 'header' || p.name !== IDEMPOTENCY_KEY_HEADER) return p;
        shared ??= { ...p, name: 'Idempotency-Key' };
        return ref;
      });
    }
  }
  if (!shared) return document;
  document.components ??= {};
  const components = document.components as { parameters?: Record<string, unknown> };
  components.parameters = { ...components.parameters, [IDEMPOTENCY_KEY_PARAMETER]: shared };
  return document;
};
