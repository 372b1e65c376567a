import type { Principal } from '../authz/principal.ts';
import type { AppContext } from '../context.ts';
import { createObservationForm } from '../modules/observations/observation-forms.service.ts';
import { createObservation, shareObservation } from '../modules/observations/observations.service.ts';
import { updateSettings } from '../modules/organisation/settings.service.ts';
import { todayIn } from '../time/clock.ts';
import { selectDemoAccount } from './seed-team.queries.ts';
import { staff, type TimelineIds } from './seed-timeline.ts';

/**
 * Observations on the demo organisation: the admin switches the feature on (as in Beheer → Instellingen) and
 * defines the form "Welbevinden"; Mila fills it in for Noortje twice: last month's, final and shared with the
 * family, and this week's, still a draft that only staff see.
 */
export async function seedObservations(ctx: AppContext, ids: TimelineIds): Promise<void> {
  const mila = staff(ids);
  const admin: Principal = {
    ...mila,
    accountId: await selectDemoAccount(ctx.db, ids.organisationId, 'beheer@demo.nestje.nl'),
    staffMemberId: null,
  };
  await updateSettings(ctx, admin, { features: { observations: true } });
  const form = await createObservationForm(ctx, admin, {
    title: 'Welbevinden',
    fields: [
      {
        key: 'mood',
        label: 'Stemming',
        kind: 'scale',
        required: true,
        lowLabel: 'Somber',
        highLabel: 'Vrolijk',
      },
      { key: 'plays_with_others', label: 'Speelt met andere kinderen', kind: 'yesNo', required: true },
      {
        key: 'favourite_play',
        label: 'Speelt het liefst',
        kind: 'choice',
        options: ['Buiten', 'In de bouwhoek', 'In de huishoek', 'Met boekjes'],
      },
      { key: 'notes', label: 'Wat ons opviel', kind: 'longText' },
    ],
  });
  const today = todayIn(ctx.clock);
  const shared = await createObservation(ctx, mila, ids.noortje, {
    formVersionId: form.current.id,
    observedOn: today.subtract({ days: 28 }).toString(),
    status: 'final',
    values: {
      mood: 4,
      plays_with_others: true,
      favourite_play: 'In de bouwhoek',
      notes:
        'Noortje is goed gewend in de groep. Ze bouwt graag hoge torens met Yara en lacht veel. ' +
        'Na het slapen heeft ze even tijd nodig om wakker te worden.',
    },
  });
  await shareObservation(ctx, mila, ids.noortje, shared.id, { shared: true });
  await createObservation(ctx, mila, ids.noortje, {
    formVersionId: form.current.id,
    observedOn: today.subtract({ days: 2 }).toString(),
    status: 'draft',
    values: { mood: 5, notes: 'Zingt de hele ochtend liedjes mee.' },
  });
}
