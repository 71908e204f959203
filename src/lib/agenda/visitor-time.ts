// Session times in the visitor's own time zone, for the optional switch on the
// agenda (event time, GMT+7, stays the default and the only no-JavaScript display).

/** The offset label of a zone at an instant, e.g. "GMT+1" or "GMT-5". */
export function zoneOffsetLabel(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  // "GMT" alone means UTC+0; keep it explicit so it reads like the other labels.
  return part?.value === 'GMT' ? 'GMT+0' : (part?.value ?? timeZone);
}

/** True when the zone shows the same wall-clock time as the event zone at that instant. */
export function sameOffsetAsEvent(instant: Date, timeZone: string, eventTimeZone: string): boolean {
  return zoneOffsetLabel(instant, timeZone) === zoneOffsetLabel(instant, eventTimeZone);
}

/**
 * "16:00–16:45 GMT+1" (or "16:00 GMT+1" without an end) in the visitor's zone, prefixed
 * with the date when that day differs from the event day (e.g. "22 Dec, 20:00–20:45 GMT-5").
 */
export function formatVisitorTime(
  start: Date,
  end: Date | undefined,
  timeZone: string,
  locale: string,
  eventDay: string,
): string {
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const clock = end ? `${time.format(start)}–${time.format(end)}` : time.format(start);
  const range = `${clock} ${zoneOffsetLabel(start, timeZone)}`;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    start,
  );
  if (day === eventDay) return range;
  const date = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' }).format(start);
  return `${date}, ${range}`;
}
