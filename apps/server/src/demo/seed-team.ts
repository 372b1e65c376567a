import { Readable } from 'node:stream';
import sharp from 'sharp';
import type { Principal } from '../authz/principal.ts';
import type { AppContext } from '../context.ts';
import { uploadMedia } from '../modules/media/media.service.ts';
import { insertStaffMember, insertStaffRole } from '../modules/organisation/organisation.queries.ts';
import { updateProfile } from '../modules/team/team.service.ts';
import { selectDemoAccount } from './seed-team.queries.ts';
import { staff, type TimelineIds } from './seed-timeline.ts';

/** Colours of the drawn portraits: a background, a skin tone, hair and a shirt per person. */
const PORTRAITS = [
  { background: '#c9e8d2', skin: '#f1c7a3', hair: '#7a4a2a', shirt: '#2f7d6d' },
  { background: '#ffd7a8', skin: '#e0ac84', hair: '#2b2b2b', shirt: '#5b6ee1' },
  { background: '#d9c8f0', skin: '#f5d6bd', hair: '#d9a441', shirt: '#d9488f' },
];

/**
 * A portrait the demo draws itself (no photos of real people), like the timeline's pictures: a head with hair and
 * a smile on shoulders, as JPEG of 600 × 600.
 */
export function demoPortrait(n: number): Promise<Buffer> {
  const c = PORTRAITS[n % PORTRAITS.length] as (typeof PORTRAITS)[number];
  const longHair = n % 2 === 0;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
    <rect width="600" height="600" fill="${c.background}"/>
    ${longHair ? `<rect x="170" y="170" width="260" height="260" rx="120" fill="${c.hair}"/>` : ''}
    <ellipse cx="300" cy="620" rx="230" ry="170" fill="${c.shirt}"/>
    <rect x="265" y="380" width="70" height="80" fill="${c.skin}"/>
    <circle cx="300" cy="270" r="120" fill="${c.skin}"/>
    <path d="M180 250 Q190 130 300 140 Q410 130 420 250 Q380 180 300 185 Q220 180 180 250 Z" fill="${c.hair}"/>
    <circle cx="255" cy="270" r="12" fill="#2b2b2b"/>
    <circle cx="345" cy="270" r="12" fill="#2b2b2b"/>
    <path d="M250 325 Q300 365 350 325" stroke="#8a3b2e" stroke-width="10" fill="none" stroke-linecap="round"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** Colleagues of Mila who appear in Ons team without a sign-in of their own (the demo needs none). */
const COLLEAGUES = [
  {
    firstName: 'Fenna',
    lastName: 'de Boer',
    email: 'fenna.deboer@demo.nestje.nl',
    group: 'hamsters' as const,
    about:
      'Ik ben Fenna en werk sinds 2019 bij de Hamsters, op maandag, dinsdag en donderdag. Ik zing graag met de ' +
      'kinderen en ben buiten te vinden in de zandbak, waar we de mooiste taarten bakken.',
  },
  {
    firstName: 'Daan',
    lastName: 'Smit',
    email: 'daan.smit@demo.nestje.nl',
    group: 'floris' as const,
    about:
      'Hoi, ik ben Daan, pedagogisch medewerker bij de BSO-groep Floris. Na school voetbal ik mee op het ' +
      'grasveld en help ik bij het bouwen van hutten. Vragen over de middag? Spreek me gerust aan bij het ophalen.',
  },
];

const MILA_ABOUT =
  'Hoi! Ik ben Mila, pedagogisch medewerker bij de Hamsters en na schooltijd bij Floris. Ik werk al tien jaar ' +
  'in de kinderopvang en geniet elke dag van wat de kinderen ontdekken. Mentor van Noortje.';

/**
 * Ons team on the demo organisation: Mila's profile (display name, about text, a drawn portrait) and two
 * colleagues, one of the Hamsters and one of Floris, whose profiles the organisation admin filled in.
 */
export async function seedTeam(ctx: AppContext, ids: TimelineIds): Promise<void> {
  let portrait = 0;
  const upload = async (as: Principal) => {
    const image = await demoPortrait(portrait++);
    const { media } = await uploadMedia(ctx, as, Readable.from([image]), image.length);
    return media.id;
  };
  const mila = staff(ids);
  await updateProfile(ctx, mila, ids.mila.staffMemberId, {
    displayName: 'Mila',
    about: MILA_ABOUT,
    photoId: await upload(mila),
    visibleToParents: true,
  });
  const admin: Principal = {
    ...mila,
    accountId: await selectDemoAccount(ctx.db, ids.organisationId, 'beheer@demo.nestje.nl'),
    staffMemberId: null,
  };
  for (const colleague of COLLEAGUES) {
    const staffMemberId = await insertStaffMember(ctx.db, ids.organisationId, colleague);
    await insertStaffRole(ctx.db, ids.organisationId, {
      staffMemberId,
      role: 'group_staff',
      groupId: ids[colleague.group],
    });
    await updateProfile(ctx, admin, staffMemberId, {
      displayName: null,
      about: colleague.about,
      photoId: await upload(admin),
      visibleToParents: true,
    });
  }
}
