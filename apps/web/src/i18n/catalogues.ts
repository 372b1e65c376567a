import en from './en.json';
import absenceEn from './features/absence.en.json';
import absenceNl from './features/absence.nl.json';
import agendaEn from './features/agenda.en.json';
import agendaNl from './features/agenda.nl.json';
import assessmentEn from './features/assessment.en.json';
import assessmentNl from './features/assessment.nl.json';
import calendarFeedEn from './features/calendarFeed.en.json';
import calendarFeedNl from './features/calendarFeed.nl.json';
import consentsEn from './features/consents.en.json';
import consentsNl from './features/consents.nl.json';
import creditsEn from './features/credits.en.json';
import creditsNl from './features/credits.nl.json';
import familiesEn from './features/families.en.json';
import familiesNl from './features/families.nl.json';
import groupDayEn from './features/groupDay.en.json';
import groupDayNl from './features/groupDay.nl.json';
import messagesEn from './features/messages.en.json';
import messagesNl from './features/messages.nl.json';
import notificationsEn from './features/notifications.en.json';
import notificationsNl from './features/notifications.nl.json';
import setupEn from './features/setup.en.json';
import setupNl from './features/setup.nl.json';
import swapEn from './features/swap.en.json';
import swapNl from './features/swap.nl.json';
import timelineEn from './features/timeline.en.json';
import timelineNl from './features/timeline.nl.json';
import nl from './nl.json';

type Catalogue = { [key: string]: string | Catalogue };

/**
 * Merges catalogues key by key: a feature keeps its texts in its own file (under its own top-level key) and may
 * add to shared groups such as `fields` and `errors`. A key defined twice is a mistake and throws.
 */
export function mergeCatalogues(...parts: Catalogue[]): Catalogue {
  const result: Catalogue = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key];
      if (existing === undefined) result[key] = value;
      else if (typeof existing === 'object' && typeof value === 'object')
        result[key] = mergeCatalogues(existing, value);
      else throw new Error(`Translation key ${key} is defined twice`);
    }
  }
  return result;
}

export type Messages = typeof nl &
  typeof setupNl &
  typeof familiesNl &
  typeof assessmentNl &
  typeof agendaNl &
  typeof calendarFeedNl &
  typeof consentsNl &
  typeof absenceNl &
  typeof creditsNl &
  typeof groupDayNl &
  typeof swapNl &
  typeof timelineNl &
  typeof messagesNl &
  typeof notificationsNl;

export const nlMessages = mergeCatalogues(
  nl,
  setupNl,
  familiesNl,
  assessmentNl,
  agendaNl,
  calendarFeedNl,
  consentsNl,
  absenceNl,
  creditsNl,
  groupDayNl,
  swapNl,
  timelineNl,
  messagesNl,
  notificationsNl,
) as Messages;
export const enMessages = mergeCatalogues(
  en,
  setupEn,
  familiesEn,
  assessmentEn,
  agendaEn,
  calendarFeedEn,
  consentsEn,
  absenceEn,
  creditsEn,
  groupDayEn,
  swapEn,
  timelineEn,
  messagesEn,
  notificationsEn,
) as Messages;
