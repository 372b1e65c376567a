// Test support: reads a feed with a real iCalendar parser (ical.js), resolving every TZID through the feed's own
// VTIMEZONE, so that the instants do not depend on the time zone of the process.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  status: string;
  /** The start and end as UTC instants (`2026-03-30T05:30:00.000Z`). */
  start: string;
  end: string;
  /** The TZID the times were given in. */
  startZone: string;
}

export interface ParsedCalendar {
  properties: Record<string, string>;
  events: ParsedEvent[];
}

export function parseFeed(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const properties: Record<string, string> = {};
  for (const p of calendar.getAllProperties()) properties[p.name] = String(p.getFirstValue());
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const instant = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      status: String(vevent.getFirstPropertyValue('status')),
      start: instant(event.startDate),
      end: instant(event.endDate),
      startZone: String(vevent.getFirstProperty('dtstart')?.getParameter('tzid')),
    };
  });
  return { properties, events };
}
