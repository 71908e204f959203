// Writes calendar events as an iCalendar feed: `ics` produces the format, then one
// small post-processing step (`finishCalendar`) adds what `ics` cannot express.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { LRUCache } from 'lru-cache';
import { EVENT_TIME_ZONE } from '../time/event-time';
import type { CalendarEvent } from './build-event';
import { cleanText, escapeText, foldLine, safeParamValue, unfold } from './ical-text';

export const PRODUCT_ID = '-//Vietnam-Asia Smart City Summit//Programme calendar//EN';

/** What the calendar as a whole is called. */
export interface CalendarHeader {
  name: string;
}

/**
 * Times are written in UTC ("…Z"): each session is an exact instant, so no VTIMEZONE is
 * needed and the output cannot depend on the server's TZ. `ics` reads date arrays as
 * server-local time by default (a UTC server would put every Hanoi session 7 hours
 * late), hence arrays built from getUTC* with input and output types both 'utc'.
 * Sessions are minute-aligned in content; `ics` date arrays carry no seconds.
 */
function utcArray(d: Date): DateArray {
  if (d.getUTCSeconds() !== 0 || d.getUTCMilliseconds() !== 0)
    throw new RangeError(`not minute-aligned: ${d.toISOString()}`);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/** The `ics` attributes of one event; DTSTAMP and LAST-MODIFIED go in as epoch ms, which `ics` writes in UTC. */
export function eventAttributesOf(ev: CalendarEvent): EventAttributes {
  // `timestamp` (DTSTAMP) is accepted and validated by ics but missing from its types.
  const attributes: EventAttributes & { timestamp: number } = {
    uid: ev.uid,
    timestamp: ev.stamp.getTime(),
    start: utcArray(ev.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcArray(ev.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    // ics escapes SUMMARY, DESCRIPTION and LOCATION itself; cleanText handles what it misses (lone CR, controls).
    title: cleanText(ev.summary),
    description: cleanText(ev.description),
    location: cleanText(ev.location),
    url: ev.url,
    // ics joins categories with "," and escapes nothing, so each one is escaped here:
    // a track named "Data, AI" must stay one category.
    ...(ev.categories.length > 0 ? { categories: ev.categories.map(escapeText) } : {}),
    ...(ev.geo ? { geo: ev.geo } : {}),
    sequence: ev.sequence,
    lastModified: ev.lastModified.getTime(),
    status: ev.status,
    // ics quotes CN but neither strips CR/LF nor handles quotes correctly: sanitised here.
    organizer: { name: safeParamValue(ev.organizer.name), email: ev.organizer.email },
  };
  return attributes;
}

const CALENDAR_OPTIONS = { productId: PRODUCT_ID, method: 'PUBLISH' } as const;
const END = 'END:VCALENDAR\r\n';

function icsText(events: EventAttributes[]): string {
  const { error, value } = createEvents(events, CALENDAR_OPTIONS);
  if (error || value === null) throw error ?? new Error('ics produced no calendar');
  return value;
}

// `ics` validates every event against a yup schema, which was most of a personal feed's cost
// (~2 ms an event). An event's VEVENT text depends only on its attributes, and the same sessions
// recur in thousands of delegates' feeds, so each is made once and kept (bounded).
const eventBlocks = new LRUCache<string, string>({ max: 4000 });
let calendarShell: string | undefined;

function eventBlock(attributes: EventAttributes): string {
  const key = JSON.stringify(attributes);
  let block = eventBlocks.get(key);
  if (block === undefined) {
    const one = icsText([attributes]);
    block = one.slice(one.indexOf('BEGIN:VEVENT'), one.lastIndexOf(END));
    eventBlocks.set(key, block);
  }
  return block;
}

/** The iCalendar text of a feed (CRLF, folded at 75 octets). */
export function serializeCalendar(events: readonly CalendarEvent[], header: CalendarHeader): string {
  calendarShell ??= icsText([]);
  const body = events.map((ev) => eventBlock(eventAttributesOf(ev))).join('');
  const raw = calendarShell.slice(0, -END.length) + body + END;
  return finishCalendar(raw, { name: header.name, timeZone: EVENT_TIME_ZONE });
}

function propertyName(line: string): string {
  return /^[A-Za-z0-9-]+/.exec(line)?.[0].toUpperCase() ?? '';
}

/**
 * The post-processing step. `ics` cannot express: REFRESH-INTERVAL (RFC 7986), NAME,
 * X-WR-TIMEZONE, a correctly escaped X-WR-CALNAME (it escapes only newlines), and folding
 * by octets (it folds every 75 characters, so Vietnamese lines exceed 75 octets, and
 * continues with a tab). This adds missing calendar properties, re-folds every line at 75
 * octets without splitting a UTF-8 character, and ends every line with CRLF.
 */
export function finishCalendar(raw: string, header: { name: string; timeZone: string }): string {
  const lines = unfold(raw.replace(/\r\n$/, '')).split('\r\n');
  for (const line of lines) {
    // Every value was cleaned before ics saw it; a bare CR or LF here would start a forged property.
    if (/[\r\n]/.test(line)) throw new Error('unescaped line break in a calendar property');
  }
  let firstComponent = lines.findIndex((l, i) => i > 0 && (l.startsWith('BEGIN:') || l === 'END:VCALENDAR'));
  if (firstComponent < 0) firstComponent = lines.length;
  const head = lines.slice(0, firstComponent);
  const has = (name: string) => head.some((l) => propertyName(l) === name);
  const additions = [
    ...(has('METHOD') ? [] : ['METHOD:PUBLISH']),
    ...(has('X-WR-CALNAME') ? [] : [`X-WR-CALNAME:${escapeText(header.name)}`]),
    ...(has('NAME') ? [] : [`NAME:${escapeText(header.name)}`]),
    ...(has('X-WR-TIMEZONE') ? [] : [`X-WR-TIMEZONE:${escapeText(header.timeZone)}`]),
    ...(has('REFRESH-INTERVAL') ? [] : ['REFRESH-INTERVAL;VALUE=DURATION:PT1H']),
    ...(has('X-PUBLISHED-TTL') ? [] : ['X-PUBLISHED-TTL:PT1H']),
  ];
  const out = [...head, ...additions, ...lines.slice(firstComponent)];
  return out.map(foldLine).join('\r\n') + '\r\n';
}
