// Where one accepted meeting goes, as an accept decides it: the earliest slot both marked
// available, neither holds a confirmed seat in, neither has another meeting in, with a free table;
// otherwise why not, and the nearest alternatives. Pure; the transaction gathers the facts.
import { overlaps, type Slot } from './slots';
import type { BlockReason } from './schedule-problem';

/** What is known about the two people and the tables at the moment of accepting. */
export interface PlacementFacts {
  /** Every B2B slot, in time order. */
  slots: readonly Slot[];
  availability: readonly [ReadonlySet<string>, ReadonlySet<string>];
  /** Confirmed seats of each side, as intervals. */
  seats: readonly [readonly { startsAt: Date; endsAt: Date }[], readonly { startsAt: Date; endsAt: Date }[]];
  /** Intervals of the meetings each side already has. */
  meetings: readonly [readonly { startsAt: Date; endsAt: Date }[], readonly { startsAt: Date; endsAt: Date }[]];
  /** Table numbers taken, per slot id. */
  tablesTaken: ReadonlyMap<string, ReadonlySet<number>>;
  /** Slots to leave out (e.g. just lost to a concurrent accept). */
  exclude?: ReadonlySet<string>;
}

export type PlacementChoice =
  { placed: true; slot: Slot; table: number } | { placed: false; reason: BlockReason; alternatives: Slot[] };

const clash = (list: readonly { startsAt: Date; endsAt: Date }[], slot: Slot) =>
  list.some((i) => overlaps(slot, i.startsAt, i.endsAt));

/** The lowest table number free in a slot, or undefined when all are taken. */
export function freeTable(slot: Slot, taken: ReadonlySet<number> | undefined): number | undefined {
  for (let t = 1; t <= slot.tables; t++) if (!taken?.has(t)) return t;
  return undefined;
}

/**
 * Picks the slot and table, or explains the failure. Alternatives are the (up to three) slots
 * nearest in time where both are free and a table is, though one side has not marked it available.
 */
export function choosePlacement(f: PlacementFacts, alternatives = 3): PlacementChoice {
  let common = false;
  let unclashed = false;
  const others: Slot[] = [];
  for (const slot of f.slots) {
    if (f.exclude?.has(slot.id)) continue;
    const table = freeTable(slot, f.tablesTaken.get(slot.id));
    const seated = clash(f.seats[0], slot) || clash(f.seats[1], slot);
    const busy = clash(f.meetings[0], slot) || clash(f.meetings[1], slot);
    const both = f.availability[0].has(slot.id) && f.availability[1].has(slot.id);
    if (!both) {
      if (!seated && !busy && table !== undefined) others.push(slot);
      continue;
    }
    common = true;
    if (seated) continue;
    unclashed = true;
    if (busy) continue;
    if (table === undefined) continue;
    return { placed: true, slot, table };
  }
  const reason: BlockReason = !common ? 'no-common-availability' : !unclashed ? 'seat-clash' : busyOrFull(f);
  return { placed: false, reason, alternatives: others.slice(0, alternatives) };
}

/** Among mutually available, seat-free slots: person-busy if any had a free table, else tables-full. */
function busyOrFull(f: PlacementFacts): BlockReason {
  for (const slot of f.slots) {
    if (!f.availability[0].has(slot.id) || !f.availability[1].has(slot.id)) continue;
    if (clash(f.seats[0], slot) || clash(f.seats[1], slot)) continue;
    if (freeTable(slot, f.tablesTaken.get(slot.id)) !== undefined) return 'person-busy';
  }
  return 'tables-full';
}
