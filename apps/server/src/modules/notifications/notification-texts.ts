import type { Locale, NotificationCategory } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import { layout, type RenderedMail } from '../../mail/templates.ts';
import { outcomeLineTexts } from '../requests/request-mail.ts';
import type {
  AbsenceParams,
  DiaryParams,
  MessageParams,
  NewsParams,
  NotificationContent,
  PhotoParams,
  RequestOutcomeParams,
} from './notify.ts';

/** A notification's title and one-line body, as the list, the push message and the e-mail's subject show it. */
export interface NotificationTexts {
  title: string;
  body: string;
}

/** The name of each switch on Overig → Notificaties, for the e-mail's footer. */
const CATEGORY_LABEL: Record<Locale, Record<NotificationCategory, string>> = {
  nl: {
    message: 'Berichten',
    photo: 'Tijdlijn van de groep',
    diary: 'Dagboek',
    request_assessed: 'Aanvraag beoordeeld',
    request_expired: 'Aanvraag vervallen',
    absence: 'Afwezigheid',
    news: 'Nieuws',
    newsletter: 'Nieuwsbrief',
  },
  en: {
    message: 'Messages',
    photo: 'Group timeline',
    diary: 'Diary',
    request_assessed: 'Request assessed',
    request_expired: 'Request expired',
    absence: 'Absence',
    news: 'News',
    newsletter: 'Newsletter',
  },
};

const REASON: Record<Locale, Record<AbsenceParams['reason'], string>> = {
  nl: { sick: 'ziek', holiday: 'vakantie', other: 'anders' },
  en: { sick: 'sick', holiday: 'holiday', other: 'other' },
};

function formatDay(locale: Locale, date: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
  });
}

function daysOf(locale: Locale, p: AbsenceParams): string {
  if (p.from === p.to) return formatDay(locale, p.from);
  return locale === 'en'
    ? `${formatDay(locale, p.from)} to ${formatDay(locale, p.to)}`
    : `${formatDay(locale, p.from)} t/m ${formatDay(locale, p.to)}`;
}

function messageTexts(locale: Locale, p: MessageParams): NotificationTexts {
  const title = locale === 'en' ? `New message from ${p.authorName}` : `Nieuw bericht van ${p.authorName}`;
  return { title, body: `${p.childName} · ${p.subject}: ${p.preview}` };
}

function photoTexts(locale: Locale, p: PhotoParams): NotificationTexts {
  let title: string;
  if (locale === 'en')
    title =
      p.photos === 0 ? `New in ${p.groupName}` : `New photo${p.photos > 1 ? 's' : ''} in ${p.groupName}`;
  else
    title =
      p.photos === 0 ? `Nieuw in ${p.groupName}` : `Nieuwe foto${p.photos > 1 ? "'s" : ''} in ${p.groupName}`;
  const count =
    locale === 'en'
      ? `${p.photos} photo${p.photos > 1 ? 's' : ''}`
      : `${p.photos} foto${p.photos > 1 ? "'s" : ''}`;
  const body =
    p.preview || (locale === 'en' ? `${p.authorName} posted ${count}` : `${p.authorName} plaatste ${count}`);
  return { title, body };
}

function diaryTexts(locale: Locale, p: DiaryParams): NotificationTexts {
  const title = locale === 'en' ? `New in ${p.childName}'s diary` : `Nieuw in het dagboek van ${p.childName}`;
  const what = p.preview || (locale === 'en' ? 'added photos' : "heeft foto's toegevoegd");
  return { title, body: `${p.authorName}: ${what}` };
}

function requestTexts(locale: Locale, expired: boolean, p: RequestOutcomeParams): NotificationTexts {
  let title: string;
  if (locale === 'en') title = expired ? 'Your request has expired' : 'Your request has been dealt with';
  else title = expired ? 'Je aanvraag is vervallen' : 'Je aanvraag is afgehandeld';
  return { title, body: outcomeLineTexts(locale, p.lines).join('; ') };
}

function absenceTexts(locale: Locale, p: AbsenceParams): NotificationTexts {
  const reason = REASON[locale][p.reason];
  if (locale === 'en')
    return {
      title: `${p.childName} reported absent`,
      body: `${p.authorName} reported ${p.childName} absent (${reason}): ${daysOf(locale, p)}`,
    };
  return {
    title: `${p.childName} afgemeld`,
    body: `${p.authorName} heeft ${p.childName} afgemeld (${reason}): ${daysOf(locale, p)}`,
  };
}

function newsTexts(locale: Locale, newsletter: boolean, p: NewsParams): NotificationTexts {
  const kind = newsletter
    ? locale === 'en'
      ? 'Newsletter'
      : 'Nieuwsbrief'
    : locale === 'en'
      ? 'News'
      : 'Nieuws';
  return { title: `${kind}: ${p.title}`, body: p.preview };
}

/** The title and body of a notification in `locale`. */
export function notificationTexts(locale: Locale, n: NotificationContent): NotificationTexts {
  switch (n.category) {
    case 'message':
      return messageTexts(locale, n.params);
    case 'photo':
      return photoTexts(locale, n.params);
    case 'diary':
      return diaryTexts(locale, n.params);
    case 'request_assessed':
    case 'request_expired':
      return requestTexts(locale, n.category === 'request_expired', n.params);
    case 'absence':
      return absenceTexts(locale, n.params);
    case 'news':
    case 'newsletter':
      return newsTexts(locale, n.category === 'newsletter', n.params);
  }
}

/** What groups notifications on a device: one per thread for messages, otherwise one per event. */
export function pushTagOf(n: NotificationContent, eventKey: string): string {
  return n.category === 'message' ? `thread:${n.params.threadId}` : eventKey;
}

/** The notification's e-mail in the recipient's language, with the portal link and where the switch is. */
export function notificationMail(
  locale: Locale,
  n: NotificationContent,
  v: { firstName: string; organisationName: string; url: string },
): RenderedMail {
  const texts = notificationTexts(locale, n);
  const en = locale === 'en';
  const isRequest = n.category === 'request_assessed' || n.category === 'request_expired';
  const paragraphs = isRequest
    ? [
        en
          ? `${v.organisationName} has dealt with your request for extra care:`
          : `${v.organisationName} heeft je aanvraag voor extra opvang afgehandeld:`,
        ...outcomeLineTexts(locale, n.params.lines),
      ]
    : [texts.title, texts.body];
  const label = CATEGORY_LABEL[locale][n.category];
  return layout({
    subject: isRequest ? `${texts.title} (${v.organisationName})` : texts.title,
    greeting: v.firstName
      ? en
        ? `Dear ${v.firstName},`
        : `Beste ${v.firstName},`
      : en
        ? 'Hello,'
        : 'Hallo,',
    paragraphs,
    linkLabel: en ? 'Open in Nestje' : 'Bekijk in Nestje',
    link: v.url,
    footer: en
      ? `You receive this e-mail because e-mail is on for "${label}". Switch it off under Other → Notifications.`
      : `Je krijgt deze e-mail omdat e-mail aanstaat voor "${label}". Zet het uit onder Overig → Notificaties.`,
  });
}
