import {
  answerConsentBodySchema,
  childConsentParamsSchema,
  childConsentsSchema,
  childParamsSchema,
  consentItemListSchema,
  consentItemParamsSchema,
  consentItemSchema,
  createConsentItemBodySchema,
  createConsentTextBodySchema,
  idempotencyHeadersSchema,
  updateConsentItemBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import {
  childConsentsAnswer,
  childConsentsRead,
  consentItemCreate,
  consentItemList,
  consentItemManage,
} from './consents.actions.ts';
import {
  answerConsent,
  createConsentItem,
  getChildConsents,
  listConsentItems,
  publishConsentText,
  updateConsentItem,
} from './consents.service.ts';

/** Consents (toestemmingen, P17, B1): the organisation's items and each child's answers. */
export async function consentsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consents'];
  const itemTarget = paramTarget('itemId');
  const childTarget = paramTarget('childId');
  r.get(
    '/consent-items',
    {
      config: { action: consentItemList.name },
      schema: {
        tags,
        summary: 'The consent items with their current text (organisation admins also see inactive ones)',
        response: { 200: consentItemListSchema },
      },
    },
    async (request) => listConsentItems(ctx, principalOf(request)),
  );
  r.post(
    '/consent-items',
    {
      config: { action: consentItemCreate.name },
      schema: {
        tags,
        summary: "Add one of the organisation's own consent items with the first version of its text",
        headers: idempotencyHeadersSchema,
        body: createConsentItemBodySchema,
        response: { 201: consentItemSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createConsentItem(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.patch(
    '/consent-items/:itemId',
    {
      config: { action: consentItemManage.name, target: itemTarget },
      schema: {
        tags,
        summary: "Change a consent item's title, order or activity (built-in items stay active)",
        params: consentItemParamsSchema,
        body: updateConsentItemBodySchema,
        response: { 200: consentItemSchema },
      },
    },
    async (request) => updateConsentItem(ctx, principalOf(request), request.params.itemId, request.body),
  );
  r.post(
    '/consent-items/:itemId/texts',
    {
      config: { action: consentItemManage.name, target: itemTarget },
      schema: {
        tags,
        summary: 'Publish a new version of the text; earlier answers show as given to an older text',
        headers: idempotencyHeadersSchema,
        params: consentItemParamsSchema,
        body: createConsentTextBodySchema,
        response: { 201: consentItemSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        publishConsentText(ctx, principalOf(request), request.params.itemId, request.body, idempotency),
      ),
  );
  r.get(
    '/children/:childId/consents',
    {
      config: { action: childConsentsRead.name, target: childTarget },
      schema: {
        tags,
        summary: "A child's consents: each guardian's current answer, whether the child has it, the history",
        params: childParamsSchema,
        response: { 200: childConsentsSchema },
      },
    },
    async (request) => getChildConsents(ctx, principalOf(request), request.params.childId),
  );
  r.put(
    '/children/:childId/consents/:itemId',
    {
      config: { action: childConsentsAnswer.name, target: childTarget },
      schema: {
        tags,
        summary:
          'Answer a consent for the child (a guardian with parental authority); 409 consent.text_changed ' +
          'when the text changed meanwhile',
        params: childConsentParamsSchema,
        body: answerConsentBodySchema,
        response: { 200: childConsentsSchema },
      },
    },
    async (request) =>
      answerConsent(ctx, principalOf(request), request.params.childId, request.params.itemId, request.body),
  );
}
