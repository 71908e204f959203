// The personal agenda (src/lib/personal-agenda/agenda.ts): starred and reserved sessions in time
// order, and overlap detection on half-open time spans.
import { describe, expect, it } from 'vitest';
import { buildAgenda, findOverlaps, spansOverlap } from '../../../src/lib/personal-agenda/agenda';

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

  it('finds every pair among many overlapping items', () => {
    const items = ['a', 'b', 'c'].map((key) => ({ key, ...span('09:00', '10:00') }));
    expect(findOverlaps(items).get('a')).toEqual(['b', 'c']);
    expect(findOverlaps(items).get('c')).toEqual(['a', 'b']);
  });
});
