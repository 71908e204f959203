// The personal agenda (src/lib/personal-agenda/agenda.ts): starred and reserved sessions and B2B
// meetings in time order, and overlap detection on half-open time spans across kinds.
import { describe, expect, it } from 'vitest';
import type { MeetingSource } from '~/lib/calendar/meeting-item';
import { buildAgenda, findOverlaps, spansOverlap } from '~/lib/personal-agenda/agenda';

const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);
const span = (from: string, to: string, cancelled = false) => ({ startsAt: at(from), endsAt: at(to), cancelled });

describe('personal agenda', () => {
  const sessions = new Map([
    ['keynote', span('09:00', '09:45')],
    ['panel', span('09:30', '10:30')],
    ['workshop', span('10:30', '12:00')],
    ['talk', span('11:00', '11:30')],
    ['withdrawn', span('09:00', '10:00', true)],
  ]);

  it('lists starred and reserved sessions once each, in time order, with their status', () => {
    const agenda = buildAgenda({
      starred: ['workshop', 'keynote', 'panel', 'withdrawn', 'not-on-programme'],
      reservations: [
        { slug: 'workshop', status: 'confirmed' },
        { slug: 'talk', status: 'waitlisted' },
      ],
      sessions,
    });
    expect(agenda.map((e) => e.slug)).toEqual(['keynote', 'withdrawn', 'panel', 'workshop', 'talk']);
    expect(agenda.find((e) => e.slug === 'workshop')).toMatchObject({ starred: true, reservation: 'confirmed' });
    expect(agenda.find((e) => e.slug === 'talk')).toMatchObject({ starred: false, reservation: 'waitlisted' });
    expect(agenda.find((e) => e.slug === 'withdrawn')).toMatchObject({ cancelled: true, overlapsWith: [] });
  });

  it('flags overlapping sessions on both sides, but not back-to-back or cancelled ones', () => {
    const agenda = buildAgenda({
      starred: ['keynote', 'panel', 'workshop', 'talk', 'withdrawn'],
      reservations: [],
      sessions,
    });
    const overlaps = Object.fromEntries(agenda.map((e) => [e.slug, e.overlapsWith]));
    expect(overlaps).toEqual({
      keynote: ['session:panel'],
      withdrawn: [],
      panel: ['session:keynote'],
      workshop: ['session:talk'],
      talk: ['session:workshop'],
    });
  });

  it('treats time spans as half-open', () => {
    expect(spansOverlap(span('09:00', '10:00'), span('10:00', '11:00'))).toBe(false);
    expect(spansOverlap(span('09:00', '10:01'), span('10:00', '11:00'))).toBe(true);
    expect(spansOverlap(span('09:00', '12:00'), span('10:00', '11:00'))).toBe(true);
  });

  it('gives the same answer whichever span comes first', () => {
    const pairs: [ReturnType<typeof span>, ReturnType<typeof span>, boolean][] = [
      [span('09:00', '10:00'), span('10:00', '11:00'), false], // back to back
      [span('09:00', '10:00'), span('10:01', '11:00'), false], // apart
      [span('09:00', '10:01'), span('10:00', '11:00'), true], // one minute in common
      [span('09:00', '12:00'), span('10:00', '11:00'), true], // one inside the other
      [span('09:00', '10:00'), span('09:00', '10:00'), true], // the same span
    ];
    for (const [a, b, overlap] of pairs) {
      expect(spansOverlap(a, b), `${a.startsAt.toISOString()} vs ${b.startsAt.toISOString()}`).toBe(overlap);
      expect(spansOverlap(b, a), `${b.startsAt.toISOString()} vs ${a.startsAt.toISOString()}`).toBe(overlap);
    }
  });

  it('finds every pair among many overlapping items', () => {
    const items = ['a', 'b', 'c'].map((key) => ({ key, ...span('09:00', '10:00') }));
    expect(findOverlaps(items).get('a')).toEqual(['b', 'c']);
    expect(findOverlaps(items).get('c')).toEqual(['a', 'b']);
  });

  it('finds overlaps whatever order the items come in, a long item clashing with later short ones', () => {
    const items = [
      { key: 'late', ...span('11:00', '11:30') },
      { key: 'long', ...span('09:00', '11:15') },
      { key: 'short', ...span('10:00', '10:30') },
      { key: 'after', ...span('11:30', '12:00') },
    ];
    expect(Object.fromEntries(findOverlaps(items))).toEqual({
      late: ['long'],
      long: ['short', 'late'],
      short: ['long'],
      after: [],
    });
  });

  it('orders sessions with the same start and end by slug, whatever order they were starred in', () => {
    const twins = new Map([
      ['b-talk', span('14:00', '14:30')],
      ['a-talk', span('14:00', '14:30')],
    ]);
    const agenda = buildAgenda({ starred: ['b-talk', 'a-talk'], reservations: [], sessions: twins });
    expect(agenda.map((e) => e.slug)).toEqual(['a-talk', 'b-talk']);
  });
});

describe('B2B meetings on the personal agenda', () => {
  const sessions = new Map([
    ['panel', span('14:00', '15:00')],
    ['workshop', span('15:30', '17:00')],
  ]);
  const meeting = (id: string, from: string, to: string, over: Partial<MeetingSource> = {}): MeetingSource => ({
    id,
    startsAt: at(from),
    endsAt: at(to),
    table: '7',
    counterpart: { name: 'Lê Thị Hoa', organisation: 'Công ty Bản đồ số' },
    topic: '',
    sequence: 0,
    lastModified: at('08:00'),
    status: 'confirmed',
    ...over,
  });

  it('lists meetings among the sessions in time order, keeping what the meeting is', () => {
    const m = meeting('m1', '15:00', '15:20');
    const agenda = buildAgenda({ starred: ['workshop', 'panel'], reservations: [], sessions, meetings: [m] });
    expect(agenda.map((e) => e.key)).toEqual(['session:panel', 'meeting:m1', 'session:workshop']);
    expect(agenda[1]).toMatchObject({ kind: 'meeting', meeting: m, cancelled: false, overlapsWith: [] });
  });

  it('flags a meeting that overlaps a starred or a reserved session as a clash, on both sides', () => {
    const agenda = buildAgenda({
      starred: ['panel'],
      reservations: [{ slug: 'workshop', status: 'waitlisted' }],
      sessions,
      meetings: [meeting('m1', '14:40', '15:00'), meeting('m2', '16:00', '16:20')],
    });
    const overlaps = Object.fromEntries(agenda.map((e) => [e.key, e.overlapsWith]));
    expect(overlaps).toEqual({
      'session:panel': ['meeting:m1'],
      'meeting:m1': ['session:panel'],
      'session:workshop': ['meeting:m2'],
      'meeting:m2': ['session:workshop'],
    });
  });

  it('flags two meetings booked at the same time, but not a meeting right after a session', () => {
    const agenda = buildAgenda({
      starred: ['panel'],
      reservations: [],
      sessions,
      meetings: [meeting('m1', '15:00', '15:20'), meeting('m2', '15:10', '15:30')],
    });
    const overlaps = Object.fromEntries(agenda.map((e) => [e.key, e.overlapsWith]));
    expect(overlaps).toEqual({ 'session:panel': [], 'meeting:m1': ['meeting:m2'], 'meeting:m2': ['meeting:m1'] });
  });

  it('keeps a cancelled meeting listed but lets it clash with nothing', () => {
    const agenda = buildAgenda({
      starred: ['panel'],
      reservations: [],
      sessions,
      meetings: [meeting('m1', '14:30', '14:50', { status: 'cancelled' })],
    });
    expect(agenda.map((e) => [e.key, e.cancelled, e.overlapsWith])).toEqual([
      ['session:panel', false, []],
      ['meeting:m1', true, []],
    ]);
  });
});
