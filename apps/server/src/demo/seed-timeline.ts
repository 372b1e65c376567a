import { Readable } from 'node:stream';
import type { Principal } from '../authz/principal.ts';
import type { AppContext } from '../context.ts';
import { uploadMedia } from '../modules/media/media.service.ts';
import { createDiaryEntry } from '../modules/timeline/diary.service.ts';
import { createPost } from '../modules/timeline/posts.service.ts';
import { localMoment, toDate, todayIn } from '../time/clock.ts';
import { demoImage } from './demo-images.ts';
import { backdateDiaryEntry, backdatePost } from './seed-timeline.queries.ts';

export interface TimelineIds {
  organisationId: string;
  hamsters: string;
  floris: string;
  mila: { accountId: string; staffMemberId: string };
  sanne: { accountId: string; guardianId: string };
  noortje: string;
  ties: string;
  yara: string;
}

const HAMSTERS_POSTS = [
  'Vandaag hebben we met verf en grote vellen papier gewerkt. Wat een kunstwerken!',
  'Buiten spelen in de zandbak: er zijn taarten gebakken en torens gebouwd.',
  'We hebben samen fruit gegeten en een liedje gezongen over de appel.',
  'Een wandeling met de bolderkar naar de eendjes in het park.',
  'Blokken stapelen en weer omgooien: het favoriete spel van deze week.',
];
const FLORIS_POSTS = [
  'Na school hebben we een hut gebouwd in de speeltuin.',
  'Voetballen op het grasveld, daarna limonade.',
  'Knutselmiddag: vliegers gemaakt voor de herfstvakantie.',
];
const DIARY = [
  'Goed gegeten bij de lunch en anderhalf uur geslapen. Vrolijk wakker geworden.',
  'Vandaag veel gelachen met de andere kinderen en een toren van blokken gebouwd.',
  'Een beetje moe na het buitenspelen, maar lekker mee gezongen in de kring.',
  'Heeft een mooie tekening gemaakt, die hangt aan de muur van de groep.',
  'Geholpen met het dekken van de tafel, heel trots!',
];

/** Mila (group staff of the Hamsters and Floris) acting in the demo seed. */
export const staff = (ids: TimelineIds): Principal => ({
  accountId: ids.mila.accountId,
  organisationId: ids.organisationId,
  kind: 'staff',
  guardianId: null,
  staffMemberId: ids.mila.staffMemberId,
  sessionId: 'demo-seed',
});

/** Sanne (Noortje's and Ties' mother) acting in the demo seed. */
export const parent = (ids: TimelineIds): Principal => ({
  accountId: ids.sanne.accountId,
  organisationId: ids.organisationId,
  kind: 'guardian',
  guardianId: ids.sanne.guardianId,
  staffMemberId: null,
  sessionId: 'demo-seed',
});

/**
 * A week of the timeline on the demo organisation, made after the organisation exists: each weekday a post of
 * Mila to the Hamsters and to Floris with pictures the demo draws itself, diary entries for Noortje, Yara and
 * Ties, and an entry of Noortje's mother with a photo. One Hamsters series shows B1 at work: a photo of Noortje,
 * one of Yara (whose mother lets only her own family see photos of her) and one of the group without tags;
 * Noortje's mother sees two of the three, Yara's mother all three.
 */
export async function seedTimeline(ctx: AppContext, ids: TimelineIds): Promise<void> {
  let picture = 0;
  const upload = async (as: Principal) => {
    const image = await demoImage(picture++);
    const { media } = await uploadMedia(ctx, as, Readable.from([image]), image.length);
    return media.id;
  };
  const mila = staff(ids);
  const today = todayIn(ctx.clock);
  let weekday = 0;
  for (let back = 7; back >= 1; back--) {
    const date = today.subtract({ days: back });
    if (date.dayOfWeek > 5) continue;
    const day = date.toString();
    const b1Series = back <= 2 && weekday % 2 === 0;
    const hamsterPhotos = b1Series
      ? [
          { mediaId: await upload(mila), childIds: [ids.noortje] },
          { mediaId: await upload(mila), childIds: [ids.yara] },
          { mediaId: await upload(mila), childIds: [] },
        ]
      : [
          { mediaId: await upload(mila), childIds: [ids.noortje] },
          { mediaId: await upload(mila), childIds: weekday % 3 === 0 ? [] : [ids.noortje] },
        ];
    const hamsters = await createPost(ctx, mila, ids.hamsters, {
      body: HAMSTERS_POSTS[weekday % HAMSTERS_POSTS.length],
      photos: hamsterPhotos,
    });
    await backdatePost(ctx.db, ids.organisationId, hamsters.id, toDate(localMoment(day, '10:15')));
    const floris = await createPost(ctx, mila, ids.floris, {
      body: FLORIS_POSTS[weekday % FLORIS_POSTS.length],
      photos: [{ mediaId: await upload(mila), childIds: [ids.ties] }],
    });
    await backdatePost(ctx.db, ids.organisationId, floris.id, toDate(localMoment(day, '16:40')));
    for (const [k, childId] of [ids.noortje, ids.yara, ids.ties].entries()) {
      const entry = await createDiaryEntry(ctx, mila, childId, {
        body: DIARY[(weekday + k) % DIARY.length],
        mediaIds: (weekday + k) % 3 === 0 ? [await upload(mila)] : [],
      });
      await backdateDiaryEntry(ctx.db, ids.organisationId, entry.id, toDate(localMoment(day, '17:30')));
    }
    weekday++;
  }
  const sanne = parent(ids);
  const weekend = today.subtract({ days: (today.dayOfWeek + 1) % 7 || 7 });
  const own = await createDiaryEntry(ctx, sanne, ids.noortje, {
    body: 'Dit weekend bij opa en oma geweest. Noortje heeft voor het eerst zelf de trap op geklommen!',
    mediaIds: [await upload(sanne)],
  });
  await backdateDiaryEntry(
    ctx.db,
    ids.organisationId,
    own.id,
    toDate(localMoment(weekend.toString(), '19:00')),
  );
}
