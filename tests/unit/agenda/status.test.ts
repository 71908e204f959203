// Summit status (src/lib/agenda/status.ts): days to go, starting today, live with now and next,
// and over, counted in event-local time.
import { describe, expect, it } from 'vitest';
import { nowAndNext, summitStatus } from '../../../src/lib/agenda/status';

const at = (local: string) => new Date(`${local}:00+07:00`);
const session = (id: string, start: string, end: string) => ({
  id,
  startsAt: at(`2025-12-23T${start}`),
  endsAt: at(`2025-12-23T${end}`),
});
const day = [
  session('registration', '07:30', '08:30'),
  session('opening', '08:30', '09:00'),
  session('panel-a', '11:00', '12:15'),
  session('panel-b', '11:00', '11:45'),
  session('closing', '17:00', '18:00'),
];
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('summit status', () => {
  it('counts the days to go before the summit, in event-local calendar days', () => {
    const status = summitStatus(day, at('2025-12-20T23:30'));
    expect(status.phase).toBe('before');
    expect(status.daysToGo).toBe(3);
  });

  it('says the summit starts today in the early morning of the day itself', () => {
    const status = summitStatus(day, at('2025-12-23T06:00'));
    expect(status).toMatchObject({ phase: 'before', daysToGo: 0 });
    expect(ids(status.next)).toEqual(['registration']);
  });

  it('is live from the first session start, with what is on now and next', () => {
    const status = summitStatus(day, at('2025-12-23T11:10'));
    expect(status.phase).toBe('live');
    expect(ids(status.now)).toEqual(['panel-a', 'panel-b']);
    expect(ids(status.next)).toEqual(['closing']);
  });

  it('stays live in a gap between sessions, with nothing on now', () => {
    const status = summitStatus(day, at('2025-12-23T10:00'));
    expect(status.phase).toBe('live');
    expect(status.now).toEqual([]);
    expect(ids(status.next)).toEqual(['panel-a', 'panel-b']);
  });

  it('is over once the last session has ended', () => {
    expect(summitStatus(day, at('2025-12-23T18:00')).phase).toBe('after');
    expect(summitStatus(day, at('2026-01-05T09:00'))).toMatchObject({ phase: 'after', now: [], next: [] });
  });

  it('treats an empty programme as over rather than failing', () => {
    expect(summitStatus([], at('2025-12-23T09:00')).phase).toBe('after');
  });
});

describe('now and next', () => {
  it('counts a session as on from its start and off at its end', () => {
    expect(ids(nowAndNext(day, at('2025-12-23T08:30')).now)).toEqual(['opening']);
    expect(ids(nowAndNext(day, at('2025-12-23T09:00')).now)).toEqual([]);
  });

  it('has nothing next after the last start', () => {
    expect(nowAndNext(day, at('2025-12-23T17:30')).next).toEqual([]);
  });
});
