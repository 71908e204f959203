// The summit's clock: event-local wall time in Asia/Ho_Chi_Minh <-> UTC instants,
// and labelled display. The only module that knows the event's time zone.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Lang } from '../i18n/locales';
import { localeTag } from '../i18n/locales';

export const EVENT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** How event times are labelled next to every displayed time. */
export const EVENT_ZONE_LABEL = 'GMT+7';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

// The programme has a few dozen distinct times and every prerendered page converts or formats
// several (TZDate is ~20 µs a call): remember recent results. Bounded, because on-demand pages
// also format instants that are not programme times.
const MEMO_LIMIT = 1024;
function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}
const instants = new Map<string, number>();
const wallTimes = new Map<number, string>();
const isoTimes = new Map<number, string>();

/** Converts event-local "YYYY-MM-DDTHH:mm" to the instant it names, whatever the server's TZ. */
export function eventLocalToInstant(local: string): Date {
  // A new Date each call: callers own (and may change) what they get.
  return new Date(remember(instants, local, () => toInstant(local)));
}

function toInstant(local: string): number {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) throw new RangeError(`not an event-local date-time: ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, 0, EVENT_TIME_ZONE);
  // TZDate silently rolls invalid values over (e.g. 25:00); refuse them instead.
  if (date.getDate() !== d || date.getHours() !== h || date.getMinutes() !== mi || date.getMonth() !== mo - 1) {
    throw new RangeError(`not a real date-time: ${local}`);
  }
  return date.getTime();
}

/** The event-local calendar date ("YYYY-MM-DD") of an instant. */
export function eventLocalDate(instant: Date): string {
  const z = new TZDate(instant.getTime(), EVENT_TIME_ZONE);
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`;
}

/** The event-local wall time "HH:mm" of an instant (24-hour, used in both languages). */
export function formatEventTime(instant: Date): string {
  return remember(wallTimes, instant.getTime(), () => {
    const z = new TZDate(instant.getTime(), EVENT_TIME_ZONE);
    return `${pad(z.getHours())}:${pad(z.getMinutes())}`;
  });
}

/** "09:00–09:45 GMT+7". */
export function formatEventTimeRange(start: Date, end: Date): string {
  return `${formatEventTime(start)}–${formatEventTime(end)} ${EVENT_ZONE_LABEL}`;
}

/** The instant as ISO 8601 with the event's offset, e.g. "2025-12-23T09:00:00+07:00" (schema.org, feeds). */
export function formatEventIso(instant: Date): string {
  return remember(isoTimes, instant.getTime(), () =>
    format(new TZDate(instant.getTime(), EVENT_TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ssXXX"),
  );
}

// One formatter per language: constructing an Intl.DateTimeFormat costs ~0.5 ms, and every
// prerendered page's footer formats the summit's date.
const longDate = new Map<Lang, Intl.DateTimeFormat>();

/** A long event-local date, e.g. "Tuesday 23 December 2025" / "Thứ Ba, 23 tháng 12, 2025". */
export function formatEventDate(instant: Date, lang: Lang): string {
  let formatter = longDate.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeTag(lang), {
      timeZone: EVENT_TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    longDate.set(lang, formatter);
  }
  return formatter.format(instant);
}

/** A long date for an event-local calendar day ("YYYY-MM-DD"), such as the summit's `startDate`. */
export function formatEventDay(localDate: string, lang: Lang): string {
  // Noon event time names that day in the event's zone.
  return formatEventDate(eventLocalToInstant(`${localDate}T12:00`), lang);
}

/** A full date and time with its zone, for emails and confirmations. */
export function formatEventDateTime(instant: Date, lang: Lang): string {
  return `${formatEventDate(instant, lang)}, ${formatEventTime(instant)} ${EVENT_ZONE_LABEL}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
