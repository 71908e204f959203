// Placing one accepted meeting (src/lib/matchmaking/placement.ts): the earliest slot both marked
// available, clear of their confirmed seats and other meetings, at the lowest free table; else why not.
import { describe, expect, it } from 'vitest';
import { choosePlacement, type PlacementFacts } from '~/lib/matchmaking/placement';
import { deriveSlots } from '~/lib/matchmaking/slots';

const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);
const slots = deriveSlots({
  slug: 'b2b',
  startsAt: at('11:00'),
  endsAt: at('12:30'),
  length: 20,
  changeover: 5,
  tables: 2,
});
const all = new Set(slots.map((s) => s.id));
const facts = (over: Partial<PlacementFacts> = {}): PlacementFacts => ({
  slots,
  availability: [all, all],
  seats: [[], []],
  meetings: [[], []],
  tablesTaken: new Map(),
  ...over,
});

describe('placing an accepted meeting', () => {
  it('takes the earliest common slot at table 1', () => {
    const choice = choosePlacement(facts());
    expect(choice).toMatchObject({ placed: true, slot: { id: 'b2b#0' }, table: 1 });
  });

  it('takes the next table when the first is taken, and the next slot when all are', () => {
    expect(choosePlacement(facts({ tablesTaken: new Map([['b2b#0', new Set([1])]]) }))).toMatchObject({
      slot: { id: 'b2b#0' },
      table: 2,
    });
    expect(choosePlacement(facts({ tablesTaken: new Map([['b2b#0', new Set([1, 2])]]) }))).toMatchObject({
      slot: { id: 'b2b#1' },
      table: 1,
    });
  });

  it('skips slots that overlap a confirmed seat or another meeting of either side', () => {
    const seat = { startsAt: at('11:00'), endsAt: at('11:10') };
    const other = { startsAt: at('11:25'), endsAt: at('11:45') };
    expect(choosePlacement(facts({ seats: [[seat], []], meetings: [[], [other]] }))).toMatchObject({
      slot: { id: 'b2b#2' },
    });
  });

  it('only uses slots both marked available, and offers the nearest others when there is none', () => {
    const choice = choosePlacement(facts({ availability: [new Set(['b2b#0']), new Set(['b2b#2'])] }));
    expect(choice.placed).toBe(false);
    if (choice.placed) return;
    expect(choice.reason).toBe('no-common-availability');
    expect(choice.alternatives.map((s) => s.id)).toEqual(['b2b#0', 'b2b#1', 'b2b#2']);
  });

  it('says which constraint blocked it', () => {
    const one = new Set(['b2b#1']);
    const seat = { startsAt: at('11:30'), endsAt: at('12:00') };
    const meeting = { startsAt: at('11:25'), endsAt: at('11:45') };
    const reason = (f: Partial<PlacementFacts>) => {
      const c = choosePlacement(facts({ availability: [one, one], ...f }));
      return c.placed ? 'placed' : c.reason;
    };
    expect(reason({ seats: [[], [seat]] })).toBe('seat-clash');
    expect(reason({ meetings: [[meeting], []] })).toBe('person-busy');
    expect(reason({ tablesTaken: new Map([['b2b#1', new Set([1, 2])]]) })).toBe('tables-full');
  });
});
