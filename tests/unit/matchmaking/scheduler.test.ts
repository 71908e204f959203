// The batch scheduler (src/lib/matchmaking/scheduler.ts) and its first-fit baseline: never a person
// or a table twice in a slot, only slots both marked available and free of their confirmed seats,
// fixed meetings untouched, placed ≤ upper bound ≤ (brute-force) optimum checked, never below first-fit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schedule, type ScheduleResult, type SchedulerInput } from '~/lib/matchmaking/scheduler';
import { firstFit } from '~/lib/matchmaking/first-fit';

const slots = (n: number, tables: number) => Array.from({ length: n }, (_, i) => ({ id: `b2b#${i}`, tables }));

/** A random small B2B day: up to 5 slots, 8 people, 12 meetings, some seats and fixed meetings. */
const problem = fc
  .record({
    slotCount: fc.integer({ min: 1, max: 5 }),
    tables: fc.integer({ min: 1, max: 3 }),
    people: fc.integer({ min: 2, max: 8 }),
  })
  .chain(({ slotCount, tables, people }) =>
    fc.record({
      slots: fc.constant(slots(slotCount, tables)),
      availability: fc.array(fc.subarray(slots(slotCount, tables).map((s) => s.id)), {
        minLength: people,
        maxLength: people,
      }),
      clashes: fc.array(
        fc.subarray(
          slots(slotCount, tables).map((s) => s.id),
          { maxLength: Math.min(2, slotCount) },
        ),
        { minLength: people, maxLength: people },
      ),
      pairs: fc.array(
        fc.tuple(fc.nat(people - 1), fc.nat(people - 1)).filter(([a, b]) => a !== b),
        { maxLength: 12 },
      ),
      fixedCount: fc.nat(3),
    }),
  )
  .map(({ slots, availability, clashes, pairs, fixedCount }): SchedulerInput => {
    const person = (i: number) => `p${i}`;
    // Fixed meetings: the first few pairs, in the first slot both can use, at table 1 upwards.
    const fixed: SchedulerInput['fixed'][number][] = [];
    const taken = new Set<string>();
    for (const [i, [a, b]] of pairs.slice(0, fixedCount).entries()) {
      const s = slots.find((s) => availability[a]!.includes(s.id) && availability[b]!.includes(s.id));
      const used = s ? fixed.filter((f) => f.slotId === s.id) : [];
      if (!s || used.length >= s.tables || taken.has(`${a}@${s.id}`) || taken.has(`${b}@${s.id}`)) continue;
      taken.add(`${a}@${s.id}`).add(`${b}@${s.id}`);
      fixed.push({ meetingId: `f${i}`, a: person(a), b: person(b), slotId: s.id, table: used.length + 1 });
    }
    return {
      slots,
      availability: new Map(availability.map((list, i) => [person(i), list])),
      seatClashes: new Map(clashes.map((list, i) => [person(i), list])),
      fixed,
      meetings: pairs.slice(fixedCount).map(([a, b], i) => ({ id: `m${i}`, a: person(a), b: person(b) })),
    };
  });

/** Asserts every invariant of a result against its input. */
function expectValid(input: SchedulerInput, result: ScheduleResult): void {
  const byId = new Map(input.meetings.map((m) => [m.id, m]));
  const seatsAt = new Set<string>();
  const tablesAt = new Set<string>();
  const tablesOf = new Map(input.slots.map((s) => [s.id, s.tables]));
  for (const f of input.fixed) {
    seatsAt.add(`${f.a}@${f.slotId}`).add(`${f.b}@${f.slotId}`);
    tablesAt.add(`${f.table}@${f.slotId}`);
  }
  for (const p of result.placed) {
    const m = byId.get(p.meetingId)!;
    for (const who of [m.a, m.b]) {
      expect(input.availability.get(who) ?? []).toContain(p.slotId);
      expect(input.seatClashes.get(who) ?? []).not.toContain(p.slotId);
      expect(seatsAt.has(`${who}@${p.slotId}`)).toBe(false);
      seatsAt.add(`${who}@${p.slotId}`);
    }
    expect(p.table).toBeGreaterThanOrEqual(1);
    expect(p.table).toBeLessThanOrEqual(tablesOf.get(p.slotId)!);
    expect(tablesAt.has(`${p.table}@${p.slotId}`)).toBe(false);
    tablesAt.add(`${p.table}@${p.slotId}`);
  }
  expect(result.placed.length + result.unplaced.length).toBe(input.meetings.length);
  expect(result.placed.length).toBeLessThanOrEqual(result.upperBound);
}

/** The true optimum by trying every assignment (tiny inputs only). */
function optimum(input: SchedulerInput): number {
  const busy = new Set(input.fixed.flatMap((f) => [`${f.a}@${f.slotId}`, `${f.b}@${f.slotId}`]));
  const load = new Map(input.slots.map((s) => [s.id, input.fixed.filter((f) => f.slotId === s.id).length]));
  const ok = (who: string, s: string) =>
    (input.availability.get(who) ?? []).includes(s) &&
    !(input.seatClashes.get(who) ?? []).includes(s) &&
    !busy.has(`${who}@${s}`);
  const best = (i: number): number => {
    if (i === input.meetings.length) return 0;
    const m = input.meetings[i]!;
    let top = best(i + 1);
    for (const s of input.slots) {
      if (!ok(m.a, s.id) || !ok(m.b, s.id) || load.get(s.id)! >= s.tables) continue;
      busy.add(`${m.a}@${s.id}`).add(`${m.b}@${s.id}`);
      load.set(s.id, load.get(s.id)! + 1);
      top = Math.max(top, 1 + best(i + 1));
      busy.delete(`${m.a}@${s.id}`);
      busy.delete(`${m.b}@${s.id}`);
      load.set(s.id, load.get(s.id)! - 1);
    }
    return top;
  };
  return best(0);
}

describe('batch scheduler', () => {
  it('places meetings in mutually available slots, one table each, nobody twice at once', () => {
    const input: SchedulerInput = {
      slots: slots(2, 1),
      availability: new Map([
        ['lan', ['b2b#0', 'b2b#1']],
        ['minh', ['b2b#0']],
        ['hoa', ['b2b#0', 'b2b#1']],
      ]),
      seatClashes: new Map(),
      fixed: [],
      // First-fit puts lan–hoa in slot 0 and then has nowhere for lan–minh; the scheduler swaps.
      meetings: [
        { id: 'lan-hoa', a: 'lan', b: 'hoa' },
        { id: 'lan-minh', a: 'lan', b: 'minh' },
      ],
    };
    const result = schedule(input);
    expect(result.placed).toEqual([
      { meetingId: 'lan-hoa', slotId: 'b2b#1', table: 1 },
      { meetingId: 'lan-minh', slotId: 'b2b#0', table: 1 },
    ]);
    expect(result.upperBound).toBe(2);
    expect(firstFit(input).placed.map((p) => p.meetingId)).toEqual(['lan-hoa']);
  });

  it('names the constraint that blocked each unplaced meeting', () => {
    const input: SchedulerInput = {
      slots: slots(1, 1),
      availability: new Map([
        ['a', ['b2b#0']],
        ['b', ['b2b#0']],
        ['c', []],
        ['d', ['b2b#0']],
        ['e', ['b2b#0']],
        ['f', ['b2b#0']],
      ]),
      seatClashes: new Map([['d', ['b2b#0']]]),
      fixed: [],
      meetings: [
        { id: 'ab', a: 'a', b: 'b' },
        { id: 'ac', a: 'a', b: 'c' },
        { id: 'ad', a: 'a', b: 'd' },
        { id: 'ef', a: 'e', b: 'f' },
      ],
    };
    const result = schedule(input);
    expect(result.placed).toHaveLength(1);
    const reasons = Object.fromEntries(result.unplaced.map((u) => [u.meetingId, u.reason]));
    expect(reasons.ac).toBe('no-common-availability');
    expect(reasons.ad).toBe('seat-clash');
    expect(Object.values(reasons).filter((r) => r === 'tables-full')).toHaveLength(1);
  });

  it('reports a person busy with a fixed meeting, and leaves fixed meetings and their tables alone', () => {
    const input: SchedulerInput = {
      slots: slots(1, 3),
      availability: new Map([
        ['a', ['b2b#0']],
        ['b', ['b2b#0']],
        ['c', ['b2b#0']],
        ['d', ['b2b#0']],
      ]),
      seatClashes: new Map(),
      fixed: [{ meetingId: 'ab', a: 'a', b: 'b', slotId: 'b2b#0', table: 1 }],
      meetings: [
        { id: 'ac', a: 'a', b: 'c' },
        { id: 'cd', a: 'c', b: 'd' },
      ],
    };
    const result = schedule(input);
    expect(result.placed).toEqual([{ meetingId: 'cd', slotId: 'b2b#0', table: 2 }]);
    expect(result.unplaced).toEqual([{ meetingId: 'ac', reason: 'person-busy' }]);
  });

  it('keeps every invariant on random inputs, and never places fewer than first-fit', () => {
    fc.assert(
      fc.property(problem, (input) => {
        const ours = schedule(input);
        const baseline = firstFit(input);
        expectValid(input, ours);
        expectValid(input, baseline);
        expect(ours.placed.length).toBeGreaterThanOrEqual(baseline.placed.length);
      }),
      { numRuns: 300 },
    );
  });

  it('has an upper bound no schedule beats (checked against brute force)', () => {
    fc.assert(
      fc.property(
        problem.filter((p) => p.meetings.length <= 6 && p.slots.length <= 3),
        (input) => {
          const best = optimum(input);
          const ours = schedule(input);
          expect(ours.upperBound).toBeGreaterThanOrEqual(best);
          expect(ours.placed.length).toBeLessThanOrEqual(best);
        },
      ),
      { numRuns: 200 },
    );
  });
});
