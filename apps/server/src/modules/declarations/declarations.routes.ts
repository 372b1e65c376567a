import {
  childDeclarationParamsSchema,
  childDeclarationsSchema,
  childParamsSchema,
  declarationFormBodySchema,
  declarationFormListSchema,
  declarationFormParamsSchema,
  declarationFormSchema,
  idempotencyHeadersSchema,
  signDeclarationBodySchema,
  updateDeclarationFormBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import {
  childDeclarationsRead,
  childDeclarationsSign,
  declarationFormList,
  declarationFormManage,
} from './declarations.actions.ts';
import {
  createDeclarationForm,
  getChildDeclarations,
  listDeclarationForms,
  publishDeclarationVersion,
  signDeclaration,
  updateDeclarationForm,
} from './declarations.service.ts';

/** Declarations (verklaringen, P17, S7): the organisation's versioned forms and each child's signed ones. */
export async function declarationsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['declarations'];
  const childTarget = paramTarget('childId');
  r.get(
    '/declaration-forms',
    {
      config: { action: declarationFormList.name },
      schema: {
        tags,
        summary:
          'The declaration forms with their current version (organisation admins also see inactive ones)',
        response: { 200: declarationFormListSchema },
      },
    },
    async (request) => listDeclarationForms(ctx, principalOf(request)),
  );
  r.post(
    '/declaration-forms',
    {
      config: { action: declarationFormManage.name },
      schema: {
        tags,
        summary: 'Define a declaration form (title, description, fields) as its first version',
        headers: idempotencyHeadersSchema,
        body: declarationFormBodySchema,
        response: { 201: declarationFormSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createDeclarationForm(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.post(
    '/declaration-forms/:formId/versions',
    {
      config: { action: declarationFormManage.name },
      schema: {
        tags,
        summary:
          'Edit a form: a new version; declarations signed earlier keep theirs and ask to be signed again',
        headers: idempotencyHeadersSchema,
        params: declarationFormParamsSchema,
        body: declarationFormBodySchema,
        response: { 201: declarationFormSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        publishDeclarationVersion(
          ctx,
          principalOf(request),
          request.params.formId,
          request.body,
          idempotency,
        ),
      ),
  );
  r.patch(
    '/declaration-forms/:formId',
    {
      config: { action: declarationFormManage.name },
      schema: {
        tags,
        summary: 'Retire a form (no longer asked; what was signed is kept) or ask it again',
        params: declarationFormParamsSchema,
        body: updateDeclarationFormBodySchema,
        response: { 200: declarationFormSchema },
      },
    },
    async (request) => updateDeclarationForm(ctx, principalOf(request), request.params.formId, request.body),
  );
  r.get(
    '/children/:childId/declarations',
    {
      config: { action: childDeclarationsRead.name, target: childTarget },
      schema: {
        tags,
        summary:
          "A child's declarations: per form the current one and whether it must be signed again; history",
        params: childParamsSchema,
        response: { 200: childDeclarationsSchema },
      },
    },
    async (request) => getChildDeclarations(ctx, principalOf(request), request.params.childId),
  );
  r.post(
    '/children/:childId/declarations/:formId',
    {
      config: { action: childDeclarationsSign.name, target: childTarget },
      schema: {
        tags,
        summary:
          'Fill in and sign a declaration for the child (a guardian with parental authority); 400 per field ' +
          '`values.<fieldId>`; 409 declaration.form_changed when the form has a newer version',
        headers: idempotencyHeadersSchema,
        params: childDeclarationParamsSchema,
        body: signDeclarationBodySchema,
        response: { 201: childDeclarationsSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        signDeclaration(
          ctx,
          principalOf(request),
          request.params.childId,
          request.params.formId,
          request.body,
          idempotency,
        ),
      ),
  );
}
