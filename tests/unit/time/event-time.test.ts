// Event time (src/lib/time/event-time.ts): reading wall times as UTC+7, refusing impossible ones,
// event-local dates, GMT+7 labels, dates in each language, ISO 8601 with +07:00.
import { describe, expect, it } from 'vitest';
import {
  eventLocalDate,
  eventLocalToInstant,
  formatEventDate,
  formatEventIso,
  formatEventTime,
  formatEventTimeRange,
} from '../../../src/lib/time/event-time';

describe('event time', () => {
  it('reads event-local wall time as UTC+7 whatever the server time zone is', () => {
    expect(eventLocalToInstant('2025-12-23T09:00').toISOString()).toBe('2025-12-23T02:00:00.000Z');
    expect(eventLocalToInstant('2025-12-23T00:30').toISOString()).toBe('2025-12-22T17:30:00.000Z');
  });

  it('refuses wall times that do not exist instead of rolling them over', () => {
    expect(() => eventLocalToInstant('2025-12-23T25:00')).toThrow(RangeError);
    expect(() => eventLocalToInstant('2025-02-30T09:00')).toThrow(RangeError);
    expect(() => eventLocalToInstant('23/12/2025 09:00')).toThrow(RangeError);
  });

  it('gives the event-local date of an instant near midnight UTC', () => {
    expect(eventLocalDate(new Date('2025-12-22T17:30:00Z'))).toBe('2025-12-23');
    expect(eventLocalDate(new Date('2025-12-22T16:59:00Z'))).toBe('2025-12-22');
  });

  it('labels displayed times with GMT+7', () => {
    const start = eventLocalToInstant('2025-12-23T09:00');
    const end = eventLocalToInstant('2025-12-23T09:45');
    expect(formatEventTimeRange(start, end)).toBe('09:00–09:45 GMT+7');
  });

  it('writes the date in each language', () => {
    const day = eventLocalToInstant('2025-12-23T09:00');
    expect(formatEventDate(day, 'en')).toContain('23 December 2025');
    expect(formatEventDate(day, 'vi')).toContain('23 tháng 12');
  });

  it('writes an instant as ISO 8601 with the +07:00 offset for structured data', () => {
    expect(formatEventIso(new Date('2025-12-23T02:00:00Z'))).toBe('2025-12-23T09:00:00+07:00');
    expect(formatEventIso(new Date('2025-12-22T17:30:00Z'))).toBe('2025-12-23T00:30:00+07:00');
  });

  it('gives every caller its own Date for the same wall time (results are remembered, not shared)', () => {
    const first = eventLocalToInstant('2025-12-23T10:00');
    first.setUTCHours(0);
    expect(eventLocalToInstant('2025-12-23T10:00').toISOString()).toBe('2025-12-23T03:00:00.000Z');
    expect(() => eventLocalToInstant('2025-12-23T24:00')).toThrow(RangeError);
    expect(() => eventLocalToInstant('2025-12-23T24:00')).toThrow(RangeError);
  });

  it('formats many different instants correctly, past what it remembers', () => {
    for (let m = 0; m < 3000; m += 1) {
      const instant = new Date(Date.UTC(2025, 11, 23, 2, 0) + m * 60_000);
      const local = new Date(instant.getTime() + 7 * 3_600_000);
      const hhmm = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
      expect(formatEventTime(instant)).toBe(hhmm);
      expect(formatEventIso(instant)).toBe(`${local.toISOString().slice(0, 16)}:00+07:00`);
    }
  });
});
