// Property-based check of calendar feeds (src/lib/calendar/serialize.ts) over generated programmes:
// they round-trip through ical.js with the same instants and text, every line within 75 octets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeedEvents, type SessionSource } from '../../../src/lib/calendar/build-event';
import { cleanText } from '../../../src/lib/calendar/ical-text';
import { serializeCalendar } from '../../../src/lib/calendar/serialize';
import type { MirrorRow } from '../../../src/lib/programme/sync';
import { context, mirrorOf } from '../../fixtures/calendar-programme';
import { calendarText, expectWellFormed, parseCalendar } from '../../fixtures/ical';

// Vietnamese letters (1-3 octets in UTF-8), the characters iCalendar must escape, line
// breaks of every kind, quotes, and a 4-octet emoji.
const alphabet = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐƯƠ ',
  ',',
  ';',
  '\\',
  ':',
  '"',
  '\n',
  '\r\n',
  '\r',
  '🌏',
  '–',
];
const vietnamese = (maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength }).map((chars) => `Đ${chars.join('')}`);

const MINUTE = 60_000;
const session = (i: number) =>
  fc
    .record({
      title: vietnamese(240),
      summary: vietnamese(120),
      // Any minute between 2020 and 2035, lasting 5 minutes to 10 hours.
      start: fc.integer({ min: Date.UTC(2020, 0, 1) / MINUTE, max: Date.UTC(2035, 0, 1) / MINUTE }),
      minutes: fc.integer({ min: 5, max: 600 }),
      sequence: fc.nat(1000),
    })
    .map(({ title, summary, start, minutes, sequence }) => {
      const s: SessionSource = {
        slug: `session-${i}`,
        title: { vi: title, en: title },
        summary: { vi: summary, en: summary },
        startsAt: new Date(start * MINUTE),
        endsAt: new Date((start + minutes) * MINUTE),
        room: 'main-hall',
        track: 'tricky',
        speakers: [],
        moderators: [],
      };
      return { session: s, row: mirrorOf(s, { sequence }) };
    });
const programme = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => session(i))));

describe('feeds over generated programmes', () => {
  it('round-trip through ical.js with the same instants and text, every line within 75 octets', () => {
    fc.assert(
      fc.property(programme, vietnamese(80), vietnamese(60), (items, trackName, calName) => {
        const ctx = context('vi', { tracks: new Map([['tricky', { name: { vi: trackName } }]]), abstracts: new Map() });
        const rows: MirrorRow[] = items.map((x) => x.row);
        const ical = serializeCalendar(
          buildFeedEvents(rows, new Map(items.map((x) => [x.session.slug, x.session])), ctx),
          { name: calName },
        );
        expectWellFormed(ical);
        const { calendar, events } = parseCalendar(ical);
        expect(events).toHaveLength(items.length);
        expect(calendarText(calendar, 'x-wr-calname')).toBe(cleanText(calName));
        for (const { session: s, row } of items) {
          const ev = events.find((e) => e.uid.startsWith(`${s.slug}@`))!;
          expect(ev.summary).toBe(cleanText(s.title.vi!));
          expect(ev.description).toContain(cleanText(s.summary.vi!));
          expect(ev.categories).toEqual([cleanText(trackName)]);
          expect(ev.start.getTime()).toBe(s.startsAt.getTime());
          expect(ev.end.getTime()).toBe(s.endsAt.getTime());
          expect(ev.sequence).toBe(row.sequence);
        }
      }),
      { numRuns: 150 },
    );
  });
});
