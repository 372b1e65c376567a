import type { Locale } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import { layout, type RenderedMail } from '../../mail/templates.ts';

export interface OutcomeLine {
  childName: string;
  date: string;
  startTime: string;
  endTime: string;
  status: string;
  reason: string | null;
}

const STATUS: Record<Locale, Record<string, string>> = {
  nl: {
    approved: 'goedgekeurd',
    rejected: 'afgekeurd',
    cancelled: 'geannuleerd',
    expired: 'vervallen',
    pending: 'in aanvraag',
  },
  en: {
    approved: 'approved',
    rejected: 'rejected',
    cancelled: 'cancelled',
    expired: 'expired',
    pending: 'pending',
  },
};

function formatDate(locale: Locale, date: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** The one message a parent gets when every line of a request has been decided (assessed, expired or cancelled). */
export function requestOutcomeMail(
  locale: Locale,
  v: { firstName: string; organisationName: string; link: string; lines: OutcomeLine[] },
): RenderedMail {
  const lines = v.lines.map((l) => {
    const status = STATUS[locale][l.status] ?? l.status;
    const why = l.reason ? ` (${l.reason})` : '';
    return `${l.childName}, ${formatDate(locale, l.date)} ${l.startTime}–${l.endTime}: ${status}${why}`;
  });
  if (locale === 'en') {
    return layout({
      subject: `Your request to ${v.organisationName} has been dealt with`,
      greeting: `Dear ${v.firstName},`,
      paragraphs: [`${v.organisationName} has dealt with your request for extra care:`, ...lines],
      linkLabel: 'View your requests',
      link: v.link,
      footer: 'You receive this e-mail because you submitted this request in the parent portal.',
    });
  }
  return layout({
    subject: `Je aanvraag bij ${v.organisationName} is afgehandeld`,
    greeting: `Beste ${v.firstName},`,
    paragraphs: [`${v.organisationName} heeft je aanvraag voor extra opvang afgehandeld:`, ...lines],
    linkLabel: 'Bekijk je aanvragen',
    link: v.link,
    footer: 'Je ontvangt deze e-mail omdat je deze aanvraag in het ouderportaal hebt ingediend.',
  });
}
