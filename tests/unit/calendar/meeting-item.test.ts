// B2B meetings as timed items (src/lib/calendar/meeting-item.ts, timed-item.ts, build-event.ts and
// feeds.ts): a meeting reaches the private feed beside the delegate's sessions with its own UID,
// SEQUENCE and STATUS, at its table, and a moved meeting is republished with a higher SEQUENCE.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildEvents, buildFeedEvents, sessionUid } from '~/lib/calendar/build-event';
import { personalFeedItems, rowsInScope } from '~/lib/calendar/feeds';
import { meetingItem, meetingUid, reviseMeeting, type MeetingSource } from '~/lib/calendar/meeting-item';
import { serializeCalendar } from '~/lib/calendar/serialize';
import type { TimedItem } from '~/lib/calendar/timed-item';
import type { Lang } from '~/lib/i18n/locales';
import { context, rows, sessionBySlug } from '../../fixtures/calendar-programme';
import { expectWellFormed, parseCalendar } from '../../fixtures/ical';

const ACCEPTED = new Date('2025-12-01T04:00:00Z');

/** An accepted meeting at 14:30–14:50 Hanoi time, overlapping the land-data panel (14:00–15:15). */
function meeting(over: Partial<MeetingSource> = {}): MeetingSource {
  return {
    id: 'm42',
    startsAt: new Date('2025-12-23T07:30:00Z'),
    endsAt: new Date('2025-12-23T07:50:00Z'),
    table: '7',
    counterpart: { name: 'Lê Thị Hoa', organisation: 'Công ty Bản đồ số, Hà Nội' },
    topic: 'Dữ liệu địa chính; bản sao số',
    sequence: 0,
    lastModified: ACCEPTED,
    status: 'confirmed',
    ...over,
  };
}

const STARRED = new Set(['panel-land-data', 'talk-removed']);

/** The delegate's private feed as the server writes it: starred sessions plus meetings. */
function personalFeed(meetings: MeetingSource[], lang: Lang = 'en', waitlisted: ReadonlySet<string> = new Set()) {
  const ctx = context(lang);
  const items = personalFeedItems({ rows, sessions: sessionBySlug, ctx, slugs: STARRED, waitlisted, meetings });
  const ical = serializeCalendar(buildEvents(items, ctx), { name: 'My agenda' });
  expectWellFormed(ical);
  return { ical, events: parseCalendar(ical).events };
}

const byUid = (events: ReturnType<typeof personalFeed>['events'], uid: string) => events.find((e) => e.uid === uid)!;

describe('a B2B meeting in the private feed', () => {
  it('appears beside the delegate’s sessions, in time order, with a UID from its id under the fixed domain', () => {
    const { events } = personalFeed([meeting()]);
    expect(events.map((e) => e.uid)).toEqual([
      sessionUid('panel-land-data'),
      meetingUid('m42'),
      sessionUid('talk-removed'),
    ]);
    expect(meetingUid('m42')).toBe('meeting-m42@vn-asia-smartcity-summit.example');
  });

  it('publishes its slot, SEQUENCE, LAST-MODIFIED, table and the other party in the feed language', () => {
    const en = byUid(personalFeed([meeting({ sequence: 4 })], 'en').events, meetingUid('m42'));
    expect(en).toMatchObject({
      summary: 'B2B meeting: Lê Thị Hoa (Công ty Bản đồ số, Hà Nội)',
      location: 'B2B Lounge · Table 7',
      status: 'CONFIRMED',
      sequence: 4,
      categories: ['B2B meeting'],
      url: 'https://summit.example.vn/en/me/agenda/',
      startIsUtc: true,
    });
    expect(en.start.toISOString()).toBe('2025-12-23T07:30:00.000Z');
    expect(en.end.toISOString()).toBe('2025-12-23T07:50:00.000Z');
    expect(en.lastModified!.toISOString()).toBe(ACCEPTED.toISOString());
    expect(en.stamp.toISOString()).toBe(ACCEPTED.toISOString());
    expect(en.description).toBe(
      [
        'Time: 14:30–14:50 GMT+7',
        '',
        'With: Lê Thị Hoa (Công ty Bản đồ số, Hà Nội)',
        'Topic: Dữ liệu địa chính; bản sao số',
        'Details: https://summit.example.vn/en/me/agenda/',
      ].join('\n'),
    );
    const vi = byUid(personalFeed([meeting()], 'vi').events, meetingUid('m42'));
    expect(vi.location).toBe('Khu gặp gỡ B2B · Bàn 7');
    expect(vi.summary).toBe('Gặp gỡ B2B: Lê Thị Hoa (Công ty Bản đồ số, Hà Nội)');
    expect(vi.description).toContain('Gặp với: Lê Thị Hoa');
  });

  it('publishes a cancelled meeting as STATUS:CANCELLED under the same UID, its title marked', () => {
    const { events } = personalFeed([meeting({ status: 'cancelled', sequence: 2 })]);
    const ev = byUid(events, meetingUid('m42'));
    expect(ev).toMatchObject({
      status: 'CANCELLED',
      sequence: 2,
      summary: '[Cancelled] B2B meeting: Lê Thị Hoa (Công ty Bản đồ số, Hà Nội)',
    });
    expect(ev.description).toContain('This meeting has been cancelled.');
    expect(events.filter((e) => e.status === 'CANCELLED').map((e) => e.uid)).toEqual([
      meetingUid('m42'),
      sessionUid('talk-removed'),
    ]);
  });

  it('publishes a meeting not yet confirmed as TENTATIVE', () => {
    const ev = byUid(personalFeed([meeting({ status: 'tentative' })], 'vi').events, meetingUid('m42'));
    expect(ev.status).toBe('TENTATIVE');
    expect(ev.description).toContain('chưa được xác nhận');
  });

  it('leaves out the topic line when the request gave none, and the organisation when there is none', () => {
    const ev = byUid(
      personalFeed([meeting({ topic: '', counterpart: { name: 'Kim Min-jun', organisation: '' } })]).events,
      meetingUid('m42'),
    );
    expect(ev.summary).toBe('B2B meeting: Kim Min-jun');
    expect(ev.description).not.toContain('Topic');
  });

  it('places every item of the feed, meetings too, at the venue (GEO)', () => {
    const { ical } = personalFeed([meeting()]);
    const vevents = ICAL.Component.fromString(ical).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(3);
    for (const v of vevents) expect(v.getFirstPropertyValue('geo')).toEqual([21.0061, 105.7872]);
  });

  it('keeps the sessions of the private feed byte for byte as a sessions-only feed writes them', () => {
    const ctx = context('vi');
    const waitlisted = new Set(['panel-land-data']);
    const sessionsOnly = buildFeedEvents(
      rowsInScope(rows, { kind: 'personal', slugs: STARRED }),
      sessionBySlug,
      ctx,
      waitlisted,
    );
    expect(personalFeed([], 'vi', waitlisted).ical).toBe(serializeCalendar(sessionsOnly, { name: 'My agenda' }));
  });

  it('orders items that start together the same way whatever order they come in', () => {
    const ctx = context('en');
    const items: TimedItem[] = [
      meetingItem(meeting({ id: 'b', startsAt: new Date('2025-12-23T07:00:00Z') }), ctx.siteUrl),
      meetingItem(meeting({ id: 'a', startsAt: new Date('2025-12-23T07:00:00Z') }), ctx.siteUrl),
      ...personalFeedItems({ rows, sessions: sessionBySlug, ctx, slugs: STARRED, waitlisted: new Set(), meetings: [] }),
    ];
    const order = (list: TimedItem[]) => buildEvents(list, ctx).map((e) => e.uid);
    expect(order(items)).toEqual(order([...items].reverse()));
    expect(order(items).slice(0, 3)).toEqual([meetingUid('a'), meetingUid('b'), sessionUid('panel-land-data')]);
  });
});

describe('a meeting that changes', () => {
  const MOVED_AT = new Date('2025-12-20T10:00:00Z');

  it('is republished at its new slot and table with a higher SEQUENCE and a new LAST-MODIFIED, same UID', () => {
    const before = meeting({ sequence: 1 });
    const after = reviseMeeting(
      before,
      { startsAt: new Date('2025-12-23T08:00:00Z'), endsAt: new Date('2025-12-23T08:20:00Z'), table: '12' },
      MOVED_AT,
    );
    const old = byUid(personalFeed([before]).events, meetingUid('m42'));
    const now = byUid(personalFeed([after]).events, meetingUid('m42'));
    expect(now.sequence).toBe(old.sequence + 1);
    expect(now.lastModified!.toISOString()).toBe(MOVED_AT.toISOString());
    expect(now.start.toISOString()).toBe('2025-12-23T08:00:00.000Z');
    expect(now.location).toBe('B2B Lounge · Table 12');
  });

  it('bumps SEQUENCE for a cancellation, a new table or a new party, one step per change', () => {
    const before = meeting({ sequence: 3 });
    for (const change of [
      { status: 'cancelled' as const },
      { table: '8' },
      { counterpart: { name: 'Lê Thị Hoa', organisation: 'Sở Xây dựng' } },
      { topic: 'Khác' },
      { endsAt: new Date('2025-12-23T07:55:00Z') },
    ]) {
      expect(reviseMeeting(before, change, MOVED_AT)).toMatchObject({ ...change, sequence: 4, lastModified: MOVED_AT });
    }
  });

  it('keeps SEQUENCE, LAST-MODIFIED and the feed bytes when a save changes nothing', () => {
    const before = meeting({ sequence: 3 });
    const same = reviseMeeting(
      before,
      { startsAt: new Date(before.startsAt), table: '7', counterpart: { ...before.counterpart } },
      MOVED_AT,
    );
    expect(same).toEqual(before);
    expect(personalFeed([same]).ical).toBe(personalFeed([before]).ical);
  });
});
