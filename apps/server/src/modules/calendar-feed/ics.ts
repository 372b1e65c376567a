// A small iCalendar (RFC 5545) writer for the calendar feed: text escaping, line folding at 75 octets and CRLF line
// ends, with the Europe/Amsterdam time zone written out so that every event's times are local wall-clock times.
import type { Temporal } from 'temporal-polyfill';

/** The zone every event's times are in; its rules are written into the calendar as a VTIMEZONE. */
export const ICS_ZONE = 'Europe/Amsterdam';

const CRLF = '\r\n';
/** The longest line in octets, without its line end (RFC 5545 §3.1). */
const MAX_OCTETS = 75;

/** A control character TEXT may not hold (tab may stay; line breaks are escaped before this). */
const isControl = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
};

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other control characters
 * are left out.
 */
export function escapeText(value: string): string {
  const escaped = value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
  return Array.from(escaped)
    .filter((char) => !isControl(char))
    .join('');
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line into lines of at most 75 octets: each continuation line starts with one space, which counts
 * towards its 75. A line is only broken between characters, never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** `2026-03-30` and `07:30` as a local DATE-TIME, `20260330T073000`. */
export function localDateTime(date: string, time: string): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

/** An instant as a UTC DATE-TIME, `20260302T080000Z`. */
export function utcDateTime(instant: Temporal.Instant): string {
  const iso = instant.toString({ smallestUnit: 'second' });
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export interface IcsEvent {
  uid: string;
  /** `YYYY-MM-DD`, a date in Europe/Amsterdam. */
  date: string;
  /** `HH:MM`, local times in Europe/Amsterdam. */
  startTime: string;
  endTime: string;
  summary: string;
  description: string;
  location: string;
  /** CANCELLED: a day part reported absent (calendar apps strike it through or hide it). */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface IcsCalendar {
  name: string;
  /** When the feed was made: every event's DTSTAMP. */
  stamp: Temporal.Instant;
  events: readonly IcsEvent[];
}

/** Europe/Amsterdam since 1996: summer time from the last Sunday of March to the last Sunday of October. */
const AMSTERDAM_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_ZONE}`,
  `X-LIC-LOCATION:${ICS_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${ICS_ZONE}:${localDateTime(event.date, event.startTime)}`,
    `DTEND;TZID=${ICS_ZONE}:${localDateTime(event.date, event.endTime)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `STATUS:${event.status}`,
    // The child's care does not make the parent busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar as iCalendar text: folded lines, CRLF line ends (also after the last line). */
export function writeCalendar(calendar: IcsCalendar): string {
  const stamp = utcDateTime(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nestje//Agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${ICS_ZONE}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...AMSTERDAM_TIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
