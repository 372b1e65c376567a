import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { escapeText, foldLine, type IcsEvent, localDateTime, utcDateTime, writeCalendar } from './ics.ts';
import { parseFeed } from './parse-ics.testing.ts';

const event = (over: Partial<IcsEvent>): IcsEvent => ({
  uid: `${over.date ?? '2026-03-02'}@nestje`,
  date: '2026-03-02',
  startTime: '07:30',
  endTime: '18:30',
  summary: 'Noor – Dolfijnen',
  description: 'Hele dag',
  location: 'Haarlem',
  status: 'CONFIRMED',
  ...over,
});

const calendar = (events: IcsEvent[]) =>
  writeCalendar({
    name: 'Opvang – Kinderopvang Zon, Zee & Strand',
    stamp: Temporal.Instant.from('2026-03-02T08:00:00Z'),
    events,
  });

test('text values escape backslash, semicolon, comma and line breaks', () => {
  assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  assert.equal(escapeText('geen: dubbele punt'), 'geen: dubbele punt');
});

test('lines fold at 75 octets and never inside a multi-byte character', () => {
  const line = `SUMMARY:${'Zoë – Crèche “De Één” '.repeat(12)}😀😀😀`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  assert.ok(parts.length > 3);
  for (const [i, part] of parts.entries()) {
    const bytes = Buffer.from(part, 'utf8');
    assert.ok(bytes.length <= 75, `line ${i} has ${bytes.length} octets`);
    // Each physical line on its own is valid UTF-8: no character was cut in two.
    assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(bytes), part);
    if (i > 0) assert.ok(part.startsWith(' '));
  }
  assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
  assert.equal(foldLine('SHORT:line'), 'SHORT:line');
});

test('dates and times are written as local and UTC DATE-TIME values', () => {
  assert.equal(localDateTime('2026-03-30', '07:30'), '20260330T073000');
  assert.equal(utcDateTime(Temporal.Instant.from('2026-10-25T01:02:03.456Z')), '20261025T010203Z');
});

test('the calendar has the required properties, CRLF line ends and an Amsterdam VTIMEZONE', () => {
  const text = calendar([event({})]);
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare line feeds');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
  const parsed = parseFeed(text);
  assert.equal(parsed.properties.version, '2.0');
  assert.equal(parsed.properties.calscale, 'GREGORIAN');
  assert.equal(parsed.properties.method, 'PUBLISH');
  // A non-standard property is TEXT by default (RFC 5545 §3.8.8.2), so it is escaped; ical.js leaves it raw.
  assert.equal(parsed.properties['x-wr-calname'], 'Opvang – Kinderopvang Zon\\, Zee & Strand');
  assert.equal(parsed.properties['x-wr-timezone'], 'Europe/Amsterdam');
  assert.equal(parsed.properties['x-published-ttl'], 'PT1H');
  assert.match(text, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n/);
  assert.match(text, /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\n/);
  assert.match(text, /\r\nDTSTAMP:20260302T080000Z\r\n/);
});

test('local times convert to the right instants in winter, summer and around both DST changes', () => {
  const cases: [string, string, string, string][] = [
    // date, local start, expected start (UTC), expected end (UTC) for an end at 18:30
    ['2026-03-02', '07:30', '2026-03-02T06:30:00.000Z', '2026-03-02T17:30:00.000Z'],
    // Sunday 29 March 2026: 02:00 becomes 03:00.
    ['2026-03-29', '01:30', '2026-03-29T00:30:00.000Z', '2026-03-29T16:30:00.000Z'],
    ['2026-03-30', '07:30', '2026-03-30T05:30:00.000Z', '2026-03-30T16:30:00.000Z'],
    ['2026-07-01', '07:30', '2026-07-01T05:30:00.000Z', '2026-07-01T16:30:00.000Z'],
    // Sunday 25 October 2026: 03:00 becomes 02:00 again.
    ['2026-10-25', '07:30', '2026-10-25T06:30:00.000Z', '2026-10-25T17:30:00.000Z'],
    ['2026-10-24', '07:30', '2026-10-24T05:30:00.000Z', '2026-10-24T16:30:00.000Z'],
    ['2026-10-26', '07:30', '2026-10-26T06:30:00.000Z', '2026-10-26T17:30:00.000Z'],
  ];
  const parsed = parseFeed(calendar(cases.map(([date, startTime]) => event({ date, startTime }))));
  assert.deepEqual(
    parsed.events.map((e) => [e.start, e.end]),
    cases.map(([, , start, end]) => [start, end]),
  );
  assert.ok(parsed.events.every((e) => e.startZone === 'Europe/Amsterdam'));
});

test('long summaries, descriptions and locations with accents and special characters round-trip', () => {
  const summary = `Aangevraagd: Zoë-Émilie – Peuteropvang “Het Kraaiennest”, groep Één; ${'ä'.repeat(40)}`;
  const location = 'Kindcentrum Sint-Jozef, Crèche de Zonnebloem; Oude Rijn 12\\b, ’s-Hertogenbosch 😀';
  const description = 'Hele dag\nOptie extra: nog niet beoordeeld';
  const parsed = parseFeed(calendar([event({ summary, location, description, status: 'TENTATIVE' })]));
  const [e] = parsed.events;
  assert.equal(e?.summary, summary);
  assert.equal(e?.location, location);
  assert.equal(e?.description, description);
  assert.equal(e?.status, 'TENTATIVE');
});
