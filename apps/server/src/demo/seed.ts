import type { AppContext } from '../context.ts';
import * as families from '../modules/families/families.queries.ts';
import { insertAccount } from '../modules/identity/identity.queries.ts';
import { hashPassword } from '../modules/identity/passwords.ts';
import * as org from '../modules/organisation/organisation.queries.ts';
import { localMoment, toDate, todayIn } from '../time/clock.ts';
import { seedConsents } from './seed-consents.ts';
import { seedContent } from './seed-content.ts';
import { seedCredits } from './seed-credits.ts';
import { seedDeclarations } from './seed-declarations.ts';
import { seedFamiliesToInvite } from './seed-families.ts';
import { seedMessages } from './seed-messages.ts';
import { settleSeededNotifications } from './seed-notifications.queries.ts';
import { seedObservations } from './seed-observations.ts';
import { seedRequests } from './seed-requests.ts';
import { seedSwap } from './seed-swaps.ts';
import { seedTeam } from './seed-team.ts';
import { seedTimeline, type TimelineIds } from './seed-timeline.ts';

export const DEMO_SLUG = 'demo';
export const DEMO_PASSWORD = 'nestje-demo';

export interface DemoInfo {
  organisationName: string;
  password: string;
  created: boolean;
  logins: { role: string; email: string }[];
}

const LOGINS = [
  { role: 'parent', email: 'ouder@demo.nestje.nl' },
  { role: 'parent (2)', email: 'ouder2@demo.nestje.nl' },
  { role: 'group staff', email: 'medewerker@demo.nestje.nl' },
  { role: 'planner', email: 'planner@demo.nestje.nl' },
  { role: 'admin', email: 'beheer@demo.nestje.nl' },
];

const WEEKDAYS = [1, 2, 3, 4, 5];
const hours = (opensAt: string, closesAt: string) =>
  WEEKDAYS.map((weekday) => ({ weekday, opensAt, closesAt }));

/**
 * The demo organisation from the manual's examples (Haarlem; Hamsters verticaal, Floris, VSO Haarlem; the
 * family of Noortje and Ties). Created once, in one transaction, on a database that does not have it yet.
 */
export async function seedDemo(ctx: AppContext): Promise<DemoInfo> {
  const existing = await org.selectOrganisationBySlug(ctx.db, DEMO_SLUG);
  const info = { password: DEMO_PASSWORD, logins: LOGINS };
  if (existing) return { ...info, organisationName: existing.name, created: false };
  const passwordHashes = await Promise.all(LOGINS.map(() => hashPassword(DEMO_PASSWORD)));
  const activatedAt = toDate(ctx.clock.now());
  const name = 'Kinderopvang Het Nest Haarlem';
  const timeline = await ctx.db.transaction().execute(async (trx): Promise<TimelineIds> => {
    const o = await org.insertOrganisation(trx, {
      slug: DEMO_SLUG,
      name,
      primaryColour: '#0b7285',
      schoolHolidayRegion: 'noord',
    });
    const haarlem = await org.insertLocation(trx, o, {
      name: 'Haarlem',
      street: 'Kleine Houtstraat',
      houseNumber: '12',
      postcode: '2011 DN',
      city: 'Haarlem',
      phone: '023 123 45 67',
      email: 'haarlem@demo.nestje.nl',
    });
    const hamsters = await org.insertGroup(trx, o, {
      locationId: haarlem,
      name: 'Hamsters verticaal',
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 48,
      capacity: 14,
      openingHours: hours('07:00', '18:30'),
    });
    const floris = await org.insertGroup(trx, o, {
      locationId: haarlem,
      name: 'Floris',
      kind: 'BSO',
      minAgeMonths: 48,
      maxAgeMonths: 156,
      capacity: 22,
      openingHours: hours('07:00', '19:00'),
    });
    const vso = await org.insertGroup(trx, o, {
      locationId: haarlem,
      name: 'VSO Haarlem',
      kind: 'VSO',
      minAgeMonths: 48,
      maxAgeMonths: 156,
      capacity: 16,
      openingHours: hours('07:00', '08:30'),
    });
    const product = (p: Omit<org.NewCareProduct, 'weekdays'> & { weekdays?: number[] }) =>
      org.insertCareProduct(trx, o, { weekdays: WEEKDAYS, ...p });
    await product({
      name: 'Incidentele ochtend',
      startTime: '07:30',
      endTime: '13:00',
      weekType: 'any',
      pricing: 'hourly',
      priceCents: 1052,
      usage: 'incidental',
      groupIds: [hamsters],
    });
    await product({
      name: 'Incidentele hele dag',
      startTime: '07:30',
      endTime: '18:30',
      weekType: 'any',
      pricing: 'hourly',
      priceCents: 1052,
      usage: 'incidental',
      groupIds: [hamsters],
    });
    await product({
      name: 'RP Ochtend',
      startTime: '07:00',
      endTime: '12:30',
      weekType: 'any',
      pricing: 'fixed',
      priceCents: 5650,
      usage: 'incidental',
      groupIds: [hamsters],
    });
    await product({
      name: '52 weken flexibel 07.00-07.30',
      startTime: '07:00',
      endTime: '07:30',
      weekType: 'any',
      pricing: 'hourly',
      priceCents: 1018,
      usage: 'contract',
      groupIds: [hamsters],
    });
    await product({
      name: '52 weken flexibel ochtend',
      startTime: '07:30',
      endTime: '13:00',
      weekType: 'any',
      pricing: 'hourly',
      priceCents: 1018,
      usage: 'contract',
      groupIds: [hamsters],
    });
    const middag = await product({
      name: '52 weken flexibel middag',
      startTime: '12:30',
      endTime: '18:30',
      weekType: 'any',
      pricing: 'hourly',
      priceCents: 1018,
      usage: 'contract',
      groupIds: [hamsters],
    });
    await product({
      name: '52 weken flexibel dag',
      startTime: '07:30',
      endTime: '18:30',
      weekType: 'any',
      pricing: 'hourly',
      priceCents: 1018,
      usage: 'contract',
      groupIds: [hamsters],
    });
    const bso = await product({
      name: 'BSO middag 40 weken',
      startTime: '15:00',
      endTime: '18:30',
      weekType: 'school',
      pricing: 'hourly',
      priceCents: 1124,
      usage: 'contract',
      groupIds: [floris],
    });
    await product({
      name: 'Incidentele Korte middag 40',
      startTime: '15:00',
      endTime: '19:00',
      weekType: 'school',
      pricing: 'hourly',
      priceCents: 1160,
      usage: 'incidental',
      groupIds: [floris],
    });
    await product({
      name: 'BSO vakantiedag',
      startTime: '07:30',
      endTime: '18:30',
      weekType: 'holiday',
      pricing: 'hourly',
      priceCents: 1124,
      usage: 'incidental',
      groupIds: [floris],
    });
    const vsoOchtend = await product({
      name: 'VSO ochtend',
      startTime: '07:00',
      endTime: '08:30',
      weekType: 'school',
      pricing: 'hourly',
      priceCents: 1124,
      usage: 'contract',
      groupIds: [vso],
    });
    await product({
      name: 'Incidentele VSO',
      startTime: '07:00',
      endTime: '08:30',
      weekType: 'school',
      pricing: 'fixed',
      priceCents: 1850,
      usage: 'incidental',
      groupIds: [vso],
    });

    const staffAccounts = new Map<string, string>();
    const staff = async (
      firstName: string,
      lastName: string,
      email: string,
      role: string,
      scope: { locationId?: string; groupId?: string },
      i: number,
    ) => {
      const id = await org.insertStaffMember(trx, o, { firstName, lastName, email });
      await org.insertStaffRole(trx, o, { staffMemberId: id, role, ...scope });
      const accountId = await insertAccount(trx, o, {
        email,
        kind: 'staff',
        staffMemberId: id,
        passwordHash: passwordHashes[i],
        activatedAt,
      });
      staffAccounts.set(email, accountId);
      return id;
    };
    const mila = await staff(
      'Mila',
      'Jansen',
      'medewerker@demo.nestje.nl',
      'group_staff',
      { groupId: hamsters },
      2,
    );
    const milaFloris = { staffMemberId: mila, role: 'group_staff', groupId: floris };
    await org.insertStaffRole(trx, o, milaFloris);
    await staff('Peter', 'Bakker', 'planner@demo.nestje.nl', 'planner', { locationId: haarlem }, 3);
    const plannerAccount = staffAccounts.get('planner@demo.nestje.nl') as string;
    await staff('Anouk', 'Visser', 'beheer@demo.nestje.nl', 'organisation_admin', {}, 4);

    const sanne = await families.insertGuardian(trx, o, {
      firstName: 'Sanne',
      lastName: 'de Vries',
      email: 'ouder@demo.nestje.nl',
      phone: '06 12345678',
      street: 'Zijlweg',
      houseNumber: '101',
      postcode: '2013 DH',
      city: 'Haarlem',
    });
    const sanneAccount = await insertAccount(trx, o, {
      email: 'ouder@demo.nestje.nl',
      kind: 'guardian',
      guardianId: sanne,
      passwordHash: passwordHashes[0],
      activatedAt,
    });
    const noortje = await families.insertChild(trx, o, {
      locationId: haarlem,
      firstName: 'Noortje',
      lastName: 'de Vries',
      birthDate: '2024-05-12',
      mentorStaffMemberId: mila,
    });
    const ties = await families.insertChild(trx, o, {
      locationId: haarlem,
      firstName: 'Ties',
      lastName: 'de Vries',
      birthDate: '2019-03-03',
    });
    await families.insertGuardianChild(trx, o, { guardianId: sanne, childId: noortje });
    await families.insertGuardianChild(trx, o, { guardianId: sanne, childId: ties });
    await families.insertPlacement(trx, o, {
      childId: noortje,
      groupId: hamsters,
      placementType: 'Flexibel 52 weken',
      startDate: '2025-01-06',
      days: [1, 3].map((weekday) => ({ weekday, careProductId: middag })),
    });
    // Ties went to the BSO two days a week at first; from September 2025 a third day (placement history).
    const tiesFirst = await families.insertPlacement(trx, o, {
      childId: ties,
      groupId: floris,
      placementType: 'BSO 40 weken',
      startDate: '2023-08-28',
      endDate: '2025-08-31',
      days: [1, 4].map((weekday) => ({ weekday, careProductId: bso })),
    });
    await families.insertPlacement(trx, o, {
      childId: ties,
      groupId: floris,
      placementType: 'BSO 40 weken',
      startDate: '2025-09-01',
      previousPlacementId: tiesFirst,
      days: [1, 2, 4].map((weekday) => ({ weekday, careProductId: bso })),
    });
    await families.insertPlacement(trx, o, {
      childId: ties,
      groupId: vso,
      placementType: 'VSO 40 weken',
      startDate: '2023-08-28',
      days: [{ weekday: 2, careProductId: vsoOchtend }],
    });

    const fatima = await families.insertGuardian(trx, o, {
      firstName: 'Fatima',
      lastName: 'El Amrani',
      email: 'ouder2@demo.nestje.nl',
      city: 'Haarlem',
    });
    const fatimaAccount = await insertAccount(trx, o, {
      email: 'ouder2@demo.nestje.nl',
      kind: 'guardian',
      guardianId: fatima,
      passwordHash: passwordHashes[1],
      activatedAt,
    });
    const yara = await families.insertChild(trx, o, {
      locationId: haarlem,
      firstName: 'Yara',
      lastName: 'El Amrani',
      birthDate: '2023-09-20',
    });
    await families.insertGuardianChild(trx, o, { guardianId: fatima, childId: yara });
    await families.insertPlacement(trx, o, {
      childId: yara,
      groupId: hamsters,
      placementType: 'Flexibel 52 weken',
      startDate: '2024-03-04',
      days: [2, 4].map((weekday) => ({ weekday, careProductId: middag })),
    });
    await seedFamiliesToInvite(ctx, trx, o, { haarlem, hamsters, middag, noortje });
    await seedConsents(ctx, trx, o, { sanne, noortje, yara });
    await seedCredits(ctx, trx, o, { sanne, sanneAccount, noortje, ties, plannerAccount });
    await seedSwap(ctx, trx, o, { sanne, sanneAccount, noortje });
    await seedRequests(ctx, trx, o, {
      sanne,
      sanneAccount,
      fatima,
      fatimaAccount,
      noortje,
      ties,
      yara,
      plannerAccount,
    });
    const milaAccount = staffAccounts.get('medewerker@demo.nestje.nl') as string;
    return {
      organisationId: o,
      hamsters,
      floris,
      mila: { accountId: milaAccount, staffMemberId: mila },
      sanne: { accountId: sanneAccount, guardianId: sanne },
      noortje,
      ties,
      yara,
    };
  });
  // The timeline stores pictures, which cannot be part of the transaction above: it follows it, and the message
  // threads (sent at moments of the past week) after it.
  await seedTimeline(ctx, timeline);
  await seedMessages(ctx, timeline);
  await seedContent(ctx, timeline);
  // The notifications those made are history: not sent, and read up to yesterday, as a family using the portal
  // would have them.
  const yesterday = localMoment(todayIn(ctx.clock).subtract({ days: 1 }).toString(), '00:00');
  await settleSeededNotifications(ctx.db, timeline.organisationId, toDate(yesterday));
  await seedTeam(ctx, timeline);
  await seedObservations(ctx, timeline);
  await seedDeclarations(ctx, timeline);
  return { ...info, organisationName: name, created: true };
}
