import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../context.ts';
import { postMessage, startThread } from '../modules/messages/messages.service.ts';
import { localMoment, todayIn } from '../time/clock.ts';
import { parent, staff, type TimelineIds } from './seed-timeline.ts';

/**
 * Message threads of the demo family with the groups' staff, written through the real services at moments in the
 * past week (messages cannot be changed afterwards, so each is sent with the clock at its moment): a thread about
 * Noortje's nap that Sanne started, Mila answered and Sanne closed with thanks (all read by Sanne), and one Mila
 * started yesterday about Ties' gym shoes, which Sanne has not read yet.
 */
export async function seedMessages(ctx: AppContext, ids: TimelineIds): Promise<void> {
  const today = todayIn(ctx.clock);
  const at = (daysBack: number, time: string) =>
    localMoment(today.subtract({ days: daysBack }).toString(), time);
  const when = (moment: Temporal.Instant): AppContext => ({ ...ctx, clock: { now: () => moment } });
  const sanne = parent(ids);
  const mila = staff(ids);

  const nap = await startThread(when(at(3, '08:12')), sanne, {
    childId: ids.noortje,
    groupId: ids.hamsters,
    subject: 'Slapen tussen de middag',
    body:
      'Goedemorgen! Noortje heeft vannacht slecht geslapen, ze is waarschijnlijk vroeg moe. ' +
      'Mag ze vandaag wat eerder naar bed?',
  });
  await postMessage(when(at(3, '13:40')), mila, nap.id, {
    body: 'Dag Sanne, ze heeft om 12:00 lekker twee uur geslapen en is vrolijk wakker geworden.',
  });
  await postMessage(when(at(2, '19:05')), sanne, nap.id, { body: 'Fijn om te horen, dank je wel!' });

  await startThread(when(at(1, '16:55')), mila, {
    childId: ids.ties,
    groupId: ids.floris,
    subject: 'Gymschoenen voor donderdag',
    body: 'Hoi Sanne, donderdag gaan we met de BSO naar de gymzaal. Wil je Ties gymschoenen meegeven?',
  });
}
