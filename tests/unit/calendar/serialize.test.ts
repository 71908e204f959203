// Calendar serialisation (src/lib/calendar/serialize.ts): calendar properties, UTC instants, text
// escaping and round-trips, no CR/LF injection, whole-minute times, CRLF and 75-octet lines.
import { describe, expect, it } from 'vitest';
import { createEvents } from 'ics';
import { eventAttributesOf, finishCalendar, PRODUCT_ID, serializeCalendar } from '../../../src/lib/calendar/serialize';
import { buildFeedEvents, type CalendarEvent } from '../../../src/lib/calendar/build-event';
import { context, rows, sessionBySlug } from '../../fixtures/calendar-programme';
import { calendarText, expectWellFormed, parseCalendar } from '../../fixtures/ical';

function event(over: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'x@vn-asia-smartcity-summit.example',
    stamp: new Date('2025-11-01T00:00:00Z'),
    start: new Date('2025-12-23T02:00:00Z'),
    end: new Date('2025-12-23T03:00:00Z'),
    summary: 'Phiên thử',
    description: 'Mô tả',
    location: 'Hội trường chính',
    url: 'https://summit.example.vn/vi/sessions/x/',
    categories: [],
    geo: undefined,
    sequence: 0,
    lastModified: new Date('2025-11-01T00:00:00Z'),
    status: 'CONFIRMED',
    organizer: { name: 'Ban Tổ chức', email: 'no-reply@summit.example.vn' },
    ...over,
  };
}

describe('calendar serialisation', () => {
  it('adds the calendar properties ics lacks, once each', () => {
    const ical = serializeCalendar([event()], { name: 'Thượng đỉnh, 2025; Hà Nội' });
    const head = ical.split('BEGIN:VEVENT')[0]!;
    for (const line of [
      'METHOD:PUBLISH',
      'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
    ]) {
      expect(head.split('\r\n').filter((l) => l === line)).toHaveLength(1);
    }
    const { calendar } = parseCalendar(ical);
    expect(calendarText(calendar, 'x-wr-calname')).toBe('Thượng đỉnh, 2025; Hà Nội');
    expect(calendarText(calendar, 'name')).toBe('Thượng đỉnh, 2025; Hà Nội');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Smart City Summit/);
  });

  it('does not duplicate properties that are already there', () => {
    const raw = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nX-PUBLISHED-TTL:PT1H\r\nEND:VCALENDAR\r\n';
    const out = finishCalendar(raw, { name: 'A', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(out.match(/^METHOD:/gm)).toHaveLength(1);
    expect(out.match(/^X-PUBLISHED-TTL:/gm)).toHaveLength(1);
    expect(out).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
  });

  it('writes an empty calendar when a feed has no events', () => {
    const ical = serializeCalendar([], { name: 'Lịch của tôi' });
    expectWellFormed(ical);
    expect(parseCalendar(ical).events).toEqual([]);
  });

  it('writes start and end as UTC instants', () => {
    const [parsed] = parseCalendar(serializeCalendar([event()], { name: 'A' })).events;
    expect(parsed!.startIsUtc).toBe(true);
    expect(parsed!.start.toISOString()).toBe('2025-12-23T02:00:00.000Z');
    expect(parsed!.end.toISOString()).toBe('2025-12-23T03:00:00.000Z');
  });

  it('keeps a category with commas, semicolons and a backslash as one category', () => {
    const ical = serializeCalendar([event({ categories: ['Dữ liệu, đô thị; AI \\ số'] })], { name: 'A' });
    expect(parseCalendar(ical).events[0]!.categories).toEqual(['Dữ liệu, đô thị; AI \\ số']);
  });

  it('round-trips every text property with commas, semicolons, backslashes and line breaks', () => {
    const tricky = 'Một, hai; ba \\ bốn\r\nnăm\rsáu\nbảy';
    const ical = serializeCalendar([event({ summary: tricky, description: tricky, location: tricky })], {
      name: tricky,
    });
    expectWellFormed(ical);
    const { calendar, events } = parseCalendar(ical);
    const expected = 'Một, hai; ba \\ bốn\nnăm\nsáu\nbảy';
    expect(events[0]).toMatchObject({ summary: expected, description: expected, location: expected });
    expect(calendarText(calendar, 'x-wr-calname')).toBe(expected);
  });

  it('lets no CR/LF or quote in an organiser name inject a property or parameter', () => {
    const evil = 'Ban "Tổ chức"\r\nATTENDEE;CN=Mallory:mailto:mallory@evil.example\r\nX-INJECTED:1';
    const ical = serializeCalendar([event({ organizer: { name: evil, email: 'no-reply@summit.example.vn' } })], {
      name: 'A',
    });
    expectWellFormed(ical);
    const [parsed] = parseCalendar(ical).events;
    expect(parsed!.propertyNames).not.toContain('attendee');
    expect(parsed!.propertyNames).not.toContain('x-injected');
    expect(parsed!.organizerCn).toBe('Ban ’Tổ chức’ ATTENDEE;CN=Mallory:mailto:mallory@evil.example X-INJECTED:1');
    expect(ical).not.toMatch(/\r\n(ATTENDEE|X-INJECTED)/);
  });

  it('lets no line break in a summary start a new property', () => {
    const ical = serializeCalendar([event({ summary: 'Tiêu đề\r\nSTATUS:CANCELLED\rX-A:1' })], { name: 'A' });
    const [parsed] = parseCalendar(ical).events;
    expect(parsed!.status).toBe('CONFIRMED');
    expect(parsed!.propertyNames.filter((n) => n === 'status')).toHaveLength(1);
    expect(parsed!.propertyNames).not.toContain('x-a');
  });

  it('refuses times that are not whole minutes instead of silently truncating them', () => {
    expect(() => serializeCalendar([event({ start: new Date('2025-12-23T02:00:30Z') })], { name: 'A' })).toThrow(
      RangeError,
    );
  });

  it('refuses an end with stray milliseconds too', () => {
    expect(() => serializeCalendar([event({ end: new Date('2025-12-23T03:00:00.500Z') })], { name: 'A' })).toThrow(
      RangeError,
    );
  });

  it('adds none of its calendar properties twice when every one is already there', () => {
    const properties = [
      'METHOD:PUBLISH',
      'X-WR-CALNAME:A',
      'NAME:A',
      'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
    ];
    const raw = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...properties, 'END:VCALENDAR', ''].join('\r\n');
    const out = finishCalendar(raw, { name: 'A', timeZone: 'Asia/Ho_Chi_Minh' }).split('\r\n');
    for (const line of properties) expect(out.filter((l) => l === line)).toHaveLength(1);
  });

  it('writes a fixture programme that parses cleanly with CRLF endings and 75-octet lines', () => {
    for (const lang of ['vi', 'en'] as const) {
      const ical = serializeCalendar(buildFeedEvents(rows, sessionBySlug, context(lang)), {
        name: 'Thượng đỉnh Đô thị thông minh 2025',
      });
      expectWellFormed(ical);
      expect(parseCalendar(ical).events).toHaveLength(rows.length);
    }
  });
});

describe('calendar serialisation from remembered events', () => {
  it('writes exactly what one ics pass over every event would, for a feed made twice', () => {
    const events = buildFeedEvents(rows, sessionBySlug, context('vi'));
    expect(events.length).toBeGreaterThan(3);
    const all = createEvents(events.map(eventAttributesOf), { productId: PRODUCT_ID, method: 'PUBLISH' });
    const reference = finishCalendar(all.value!, { name: 'Hội nghị', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(serializeCalendar(events, { name: 'Hội nghị' })).toBe(reference);
    // The second time every event comes from memory: the same text, in the feed's order.
    expect(serializeCalendar(events, { name: 'Hội nghị' })).toBe(reference);
    const reversed = [...events].reverse();
    const back = createEvents(reversed.map(eventAttributesOf), { productId: PRODUCT_ID, method: 'PUBLISH' });
    expect(serializeCalendar(reversed, { name: 'Hội nghị' })).toBe(
      finishCalendar(back.value!, { name: 'Hội nghị', timeZone: 'Asia/Ho_Chi_Minh' }),
    );
  });

  it('remembers an event by all of its attributes: a moved session is written anew', () => {
    const before = serializeCalendar([event()], { name: 'A' });
    const moved = serializeCalendar(
      [event({ start: new Date('2025-12-23T04:00:00Z'), end: new Date('2025-12-23T05:00:00Z'), sequence: 1 })],
      { name: 'A' },
    );
    expect(before).toContain('DTSTART:20251223T020000Z');
    expect(moved).toContain('DTSTART:20251223T040000Z');
    expect(moved).toContain('SEQUENCE:1');
  });
});
