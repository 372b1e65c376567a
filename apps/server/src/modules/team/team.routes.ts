import {
  myLocationsSchema,
  staffMemberParamsSchema,
  staffProfileSchema,
  teamMemberParamsSchema,
  teamMemberSchema,
  teamSchema,
  updateStaffProfileBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { parentPortalUse } from '../organisation/organisation.actions.ts';
import { ownStaffProfileRead, staffProfileEdit, teamMemberRead } from './team.actions.ts';
import { getProfile, myLocations, ownProfile, team, teamMember, updateProfile } from './team.service.ts';

/**
 * Mijn locatie's contact details and Ons team (P16) for guardians, and the staff profiles behind Ons team (S6):
 * one's own (Beheer → Mijn profiel), anyone's for organisation admins.
 */
export async function teamRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['team'];

  r.get(
    '/my-locations',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: "The locations of the children's placements today, with contact details and groups",
        response: { 200: myLocationsSchema },
      },
    },
    async (request) => myLocations(ctx, principalOf(request)),
  );
  r.get(
    '/team',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: "Ons team: the staff of the children's groups, with photo",
        response: { 200: teamSchema },
      },
    },
    async (request) => team(ctx, principalOf(request)),
  );
  r.get(
    '/team/:staffMemberId',
    {
      config: { action: teamMemberRead.name, target: paramTarget('staffMemberId') },
      schema: {
        tags,
        summary: 'More about one person of Ons team',
        params: teamMemberParamsSchema,
        response: { 200: teamMemberSchema },
      },
    },
    async (request) => teamMember(ctx, principalOf(request), request.params.staffMemberId),
  );
  r.get(
    '/staff-profile',
    {
      config: { action: ownStaffProfileRead.name },
      schema: {
        tags,
        summary: "The signed-in staff member's own profile (Mijn profiel)",
        response: { 200: staffProfileSchema },
      },
    },
    async (request) => ownProfile(ctx, principalOf(request)),
  );
  r.get(
    '/staff-members/:staffMemberId/profile',
    {
      config: { action: staffProfileEdit.name, target: paramTarget('staffMemberId') },
      schema: {
        tags,
        summary: "A staff member's profile as parents will see it",
        params: staffMemberParamsSchema,
        response: { 200: staffProfileSchema },
      },
    },
    async (request) => getProfile(ctx, principalOf(request), request.params.staffMemberId),
  );
  r.put(
    '/staff-members/:staffMemberId/profile',
    {
      config: { action: staffProfileEdit.name, target: paramTarget('staffMemberId') },
      schema: {
        tags,
        summary: 'Change a staff profile: display name, about text, photo, visible to parents',
        params: staffMemberParamsSchema,
        body: updateStaffProfileBodySchema,
        response: { 200: staffProfileSchema },
      },
    },
    async (request) => updateProfile(ctx, principalOf(request), request.params.staffMemberId, request.body),
  );
}
