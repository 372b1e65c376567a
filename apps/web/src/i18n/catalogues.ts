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
import contentEn from './features/content.en.json';
import contentNl from './features/content.nl.json';
import creditsEn from './features/credits.en.json';
import creditsNl from './features/credits.nl.json';
import declarationsEn from './features/declarations.en.json';
import declarationsNl from './features/declarations.nl.json';
import familiesEn from './features/families.en.json';
import familiesNl from './features/families.nl.json';
import groupDayEn from './features/groupDay.en.json';
import groupDayNl from './features/groupDay.nl.json';
import guardianDataEn from './features/guardianData.en.json';
import guardianDataNl from './features/guardianData.nl.json';
import messagesEn from './features/messages.en.json';
import messagesNl from './features/messages.nl.json';
import notificationsEn from './features/notifications.en.json';
import notificationsNl from './features/notifications.nl.json';
import observationsEn from './features/observations.en.json';
import observationsNl from './features/observations.nl.json';
import setupEn from './features/setup.en.json';
import setupNl from './features/setup.nl.json';
import swapEn from './features/swap.en.json';
import swapNl from './features/swap.nl.json';
import teamEn from './features/team.en.json';
import teamNl from './features/team.nl.json';
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
  typeof declarationsNl &
  typeof guardianDataNl &
  typeof groupDayNl &
  typeof swapNl &
  typeof teamNl &
  typeof timelineNl &
  typeof messagesNl &
  typeof notificationsNl &
  typeof observationsNl &
  typeof contentNl;

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
  declarationsNl,
  guardianDataNl,
  groupDayNl,
  swapNl,
  teamNl,
  timelineNl,
  messagesNl,
  notificationsNl,
  observationsNl,
  contentNl,
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
  declarationsEn,
  guardianDataEn,
  groupDayEn,
  swapEn,
  teamEn,
  timelineEn,
  messagesEn,
  notificationsEn,
  observationsEn,
  contentEn,
) as Messages;
