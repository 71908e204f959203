// Times in the visitor's own time zone (src/lib/agenda/visitor-time.ts): offset labels, dates
// that differ from the event's, and zones that match event time.
import { describe, expect, it } from 'vitest';
import { formatVisitorTime, sameOffsetAsEvent, zoneOffsetLabel } from '../../../src/lib/agenda/visitor-time';

const start = new Date('2025-12-23T02:00:00Z'); // 09:00 in Hanoi
const end = new Date('2025-12-23T02:45:00Z');

describe('times in the visitor time zone', () => {
  it('labels a zone by its offset at that instant', () => {
    expect(zoneOffsetLabel(start, 'Asia/Ho_Chi_Minh')).toBe('GMT+7');
    expect(zoneOffsetLabel(start, 'Europe/Paris')).toBe('GMT+1');
    expect(zoneOffsetLabel(start, 'UTC')).toBe('GMT+0');
  });

  it('shows a session in the visitor zone with its offset', () => {
    expect(formatVisitorTime(start, end, 'Europe/Paris', 'en-GB', '2025-12-23')).toBe('03:00–03:45 GMT+1');
    expect(formatVisitorTime(start, end, 'Asia/Tokyo', 'vi-VN', '2025-12-23')).toBe('11:00–11:45 GMT+9');
  });

  it('shows a single time when there is no end', () => {
    expect(formatVisitorTime(start, undefined, 'Asia/Tokyo', 'en-GB', '2025-12-23')).toBe('11:00 GMT+9');
  });

  it('adds the date when the session falls on another day for the visitor', () => {
    expect(formatVisitorTime(start, end, 'America/New_York', 'en-GB', '2025-12-23')).toBe('22 Dec, 21:00–21:45 GMT-5');
  });

  it('recognises zones that show the same time as the event', () => {
    expect(sameOffsetAsEvent(start, 'Asia/Bangkok', 'Asia/Ho_Chi_Minh')).toBe(true);
    expect(sameOffsetAsEvent(start, 'Asia/Singapore', 'Asia/Ho_Chi_Minh')).toBe(false);
  });
});
