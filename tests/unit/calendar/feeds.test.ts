// Calendar feeds (src/lib/calendar/feeds.ts): every feed in each language against the content it
// came from, stable UIDs, cancelled and tentative events, feed names, filenames and ?lang=.
import { describe, expect, it } from 'vitest';
import {
  buildFeedEvents,
  sessionUid,
  type CalendarContext,
  type SessionSource,
} from '../../../src/lib/calendar/build-event';
import {
  calendarName,
  feedFilename,
  feedLang,
  rowsInScope,
  trackExists,
  type FeedScope,
} from '../../../src/lib/calendar/feeds';
import { serializeCalendar } from '../../../src/lib/calendar/serialize';
import { text, type Lang } from '../../../src/lib/i18n/locales';
import type { MirrorRow } from '../../../src/lib/programme/sync';
import { context, removed, rows, sessionBySlug, sessions } from '../../fixtures/calendar-programme';
import { expectWellFormed, parseCalendar, type ParsedEvent } from '../../fixtures/ical';

function feed(scope: FeedScope, lang: Lang, waitlisted: ReadonlySet<string> = new Set()) {
  const ctx = context(lang);
  const events = buildFeedEvents(rowsInScope(rows, scope), sessionBySlug, ctx, waitlisted);
  const ical = serializeCalendar(events, {
    name: calendarName(scope, lang, { event: { vi: 'Thượng đỉnh 2025', en: 'Summit 2025' } }),
  });
  expectWellFormed(ical);
  return { ctx, parsed: parseCalendar(ical).events };
}

/** Compares a parsed event with the content session (or mirror row) it came from. */
function expectFromSource(ev: ParsedEvent, row: MirrorRow, session: SessionSource | undefined, ctx: CalendarContext) {
  const lang = ctx.lang;
  expect(ev.uid).toBe(sessionUid(row.slug));
  expect(ev.sequence).toBe(row.sequence);
  expect(ev.lastModified?.toISOString()).toBe(row.lastModified.toISOString());
  expect(ev.stamp.toISOString()).toBe(row.lastModified.toISOString());
  const room = ctx.rooms.get(row.room)!;
  expect(ev.location).toBe(
    `${text(room.name, lang)} (${text(room.floor, lang)}), ${text(ctx.venue.name, lang)}, ${text(ctx.venue.address, lang)}`,
  );
  expect(ev.organizerCn).toBe(ctx.organizer.name);
  if (!session) {
    expect(ev.status).toBe('CANCELLED');
    expect(ev.summary).toContain(lang === 'vi' ? row.titleVi : row.titleEn);
    expect(ev.start.getTime()).toBe(row.startsAt.getTime());
    expect(ev.end.getTime()).toBe(row.endsAt.getTime());
    return;
  }
  expect(ev.summary).toBe(text(session.title, lang));
  expect(ev.start.getTime()).toBe(session.startsAt.getTime());
  expect(ev.end.getTime()).toBe(session.endsAt.getTime());
  expect(ev.startIsUtc).toBe(true);
  expect(ev.url).toBe(`${ctx.siteUrl}/${lang}/sessions/${session.slug}/`);
  expect(ev.description).toContain(ev.url);
  const abstract = ctx.abstracts.get(session.slug);
  expect(ev.description).toContain(abstract ? text(abstract, lang) : text(session.summary, lang));
  for (const id of [...session.speakers, ...session.moderators])
    expect(ev.description).toContain(ctx.speakers.get(id)!.name);
  expect(ev.categories).toEqual(session.track ? [text(ctx.tracks.get(session.track)!.name, lang)] : []);
}

type NamedScope = { name: string; scope: FeedScope };

const scopes: NamedScope[] = [
  { name: 'the whole summit', scope: { kind: 'summit' } },
  { name: 'the plenary track', scope: { kind: 'track', track: 'plenary' } },
  { name: 'the urban data track', scope: { kind: 'track', track: 'urban-data' } },
  ...rows.map((r): NamedScope => ({ name: `session ${r.slug}`, scope: { kind: 'session', slug: r.slug } })),
  {
    name: 'a personal agenda',
    scope: { kind: 'personal', slugs: new Set(['panel-land-data', 'talk-removed', 'lunch-break']) },
  },
];

describe('every feed against the content it came from', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const { name, scope } of scopes) {
      it(`publishes ${name} in ${lang} with the same events, instants and text as the content`, () => {
        const { ctx, parsed } = feed(scope, lang);
        const expected = rowsInScope(rows, scope);
        expect(parsed).toHaveLength(expected.length);
        expect(parsed.length).toBeGreaterThan(0);
        for (const ev of parsed) {
          const row = expected.find((r) => sessionUid(r.slug) === ev.uid)!;
          expect(row).toBeDefined();
          expectFromSource(ev, row, row.cancelledAt ? undefined : sessionBySlug.get(row.slug), ctx);
        }
      });
    }
  }

  it('lists events in time order', () => {
    const starts = feed({ kind: 'summit' }, 'vi').parsed.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('keeps the same UID for a session in every feed and language', () => {
    const uids = (scope: FeedScope, lang: Lang) => feed(scope, lang).parsed.map((e) => e.uid);
    expect(uids({ kind: 'session', slug: 'panel-land-data' }, 'vi')).toEqual(
      uids({ kind: 'session', slug: 'panel-land-data' }, 'en'),
    );
    expect(uids({ kind: 'summit' }, 'vi')).toContain(uids({ kind: 'track', track: 'urban-data' }, 'en')[0]);
  });

  it('publishes a removed session as cancelled in the feeds that had it', () => {
    const cancelled = (scope: FeedScope) =>
      feed(scope, 'en')
        .parsed.filter((e) => e.status === 'CANCELLED')
        .map((e) => e.uid);
    expect(cancelled({ kind: 'summit' })).toEqual([sessionUid(removed.slug)]);
    expect(cancelled({ kind: 'track', track: 'urban-data' })).toEqual([sessionUid(removed.slug)]);
    expect(cancelled({ kind: 'track', track: 'plenary' })).toEqual([]);
    const [ev] = feed({ kind: 'session', slug: removed.slug }, 'en').parsed;
    expect(ev).toMatchObject({
      status: 'CANCELLED',
      summary: '[Cancelled] Withdrawn talk, with apologies',
      sequence: 3,
    });
  });

  it('marks waitlisted sessions in a personal feed as tentative', () => {
    const { parsed } = feed(
      { kind: 'personal', slugs: new Set(['panel-land-data']) },
      'vi',
      new Set(['panel-land-data']),
    );
    expect(parsed[0]).toMatchObject({ status: 'TENTATIVE' });
    expect(parsed[0]!.description).toContain('danh sách chờ');
  });
});

describe('feed names and lookups', () => {
  it('knows a track while content or a mirrored (even cancelled) session has it', () => {
    expect(trackExists('plenary', new Set(['plenary']), [])).toBe(true);
    expect(trackExists('urban-data', new Set(), [removed])).toBe(true);
    expect(trackExists('nope', new Set(['plenary']), rows)).toBe(false);
  });

  it('names calendars in the feed language', () => {
    const event = { vi: 'Thượng đỉnh 2025', en: 'Summit 2025' };
    expect(calendarName({ kind: 'summit' }, 'vi', { event })).toBe('Thượng đỉnh 2025');
    expect(
      calendarName({ kind: 'track', track: 'plenary' }, 'en', { event, track: { vi: 'Toàn thể', en: 'Plenary' } }),
    ).toBe('Summit 2025 – Plenary');
    expect(calendarName({ kind: 'personal', slugs: new Set() }, 'vi', { event })).toBe(
      'Thượng đỉnh 2025 – Lịch của tôi',
    );
  });

  it('gives ASCII filenames', () => {
    expect(feedFilename({ kind: 'session', slug: 'opening-ceremony' }, 'en')).toBe('opening-ceremony-en.ics');
    expect(feedFilename({ kind: 'track', track: 'x"y' }, 'vi')).toMatch(/^[\w.-]+$/);
  });

  it('reads ?lang= and refuses anything but vi and en', () => {
    expect(feedLang(new URL('https://x/a.ics'), 'vi')).toBe('vi');
    expect(feedLang(new URL('https://x/a.ics?lang=en'), 'vi')).toBe('en');
    expect(feedLang(new URL('https://x/a.ics?lang=fr'), 'vi')).toBeNull();
    expect(feedLang(new URL('https://x/a.ics?lang='), 'en')).toBe('en');
    expect(feedLang(new URL('https://x/a.ics?lang=EN'), 'vi')).toBeNull();
  });

  it('covers every fixture session in the summit feed', () => {
    expect(
      feed({ kind: 'summit' }, 'vi')
        .parsed.map((e) => e.uid)
        .sort(),
    ).toEqual([...sessions.map((s) => s.slug), removed.slug].map(sessionUid).sort());
  });
});
