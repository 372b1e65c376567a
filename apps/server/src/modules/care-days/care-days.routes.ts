import {
  childCareDaysQuerySchema,
  childCareDaysSchema,
  childParamsSchema,
  createHolidayPeriodBodySchema,
  holidayPeriodListQuerySchema,
  holidayPeriodListSchema,
  holidayPeriodParamsSchema,
  holidayPeriodSchema,
  idempotencyHeadersSchema,
  schoolHolidayListSchema,
} from '@nestje/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { locationManage } from '../organisation/organisation.actions.ts';
import { childCareDaysRead, holidaysRead } from './care-days.actions.ts';
import {
  createHolidayPeriod,
  deleteHolidayPeriod,
  listChildCareDays,
  listHolidayPeriods,
  listSchoolHolidays,
} from './care-days.service.ts';

/** The location a new period is for: the body is validated before the authorisation check runs. */
const bodyLocation = (request: FastifyRequest): string => (request.body as { locationId: string }).locationId;

export async function careDaysRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/school-holidays',
    {
      config: { action: holidaysRead.name },
      schema: {
        tags: ['care-days'],
        summary: "The school holidays of the organisation's region",
        response: { 200: schoolHolidayListSchema },
      },
    },
    async (request) => ({ schoolHolidays: await listSchoolHolidays(ctx, principalOf(request)) }),
  );
  r.get(
    '/children/:childId/care-days',
    {
      config: { action: childCareDaysRead.name, target: paramTarget('childId') },
      schema: {
        tags: ['care-days'],
        summary:
          "A child's planned care days from `from` (today when left out) for `days` days (28, at most 92), " +
          'with absences marked',
        params: childParamsSchema,
        querystring: childCareDaysQuerySchema,
        response: { 200: childCareDaysSchema },
      },
    },
    async (request) => listChildCareDays(ctx, principalOf(request), request.params.childId, request.query),
  );
  r.get(
    '/holiday-periods',
    {
      config: { action: holidaysRead.name },
      schema: {
        tags: ['care-days'],
        summary: 'Where the locations the account sees deviate from the school holidays',
        querystring: holidayPeriodListQuerySchema,
        response: { 200: holidayPeriodListSchema },
      },
    },
    async (request) => ({
      holidayPeriods: await listHolidayPeriods(ctx, principalOf(request), request.query),
    }),
  );
  r.post(
    '/holiday-periods',
    {
      config: { action: locationManage.name, target: bodyLocation },
      schema: {
        tags: ['care-days'],
        summary: 'Add extra holiday days, or school days in a school holiday, to a location',
        headers: idempotencyHeadersSchema,
        // The service answers an end before the start as `endDate` `date_order`.
        body: createHolidayPeriodBodySchema,
        response: { 201: holidayPeriodSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createHolidayPeriod(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.delete(
    '/holiday-periods/:holidayPeriodId',
    {
      config: { action: holidaysRead.name },
      schema: {
        tags: ['care-days'],
        summary: "Remove a location's deviation from the school holidays",
        params: holidayPeriodParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteHolidayPeriod(ctx, principalOf(request), request.params.holidayPeriodId);
      return reply.code(204).send();
    },
  );
}
