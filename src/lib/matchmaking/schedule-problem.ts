// The batch scheduler's problem, indexed for speed: people and slots as numbers, each meeting's
// feasible slots (both marked available, neither holds a confirmed seat then, neither already
// placed there) precomputed once. Pure; shared by the scheduler, its upper bound and the baseline.

/** What the batch scheduler is given: slots in time order, who is available when, what is fixed. */
export interface SchedulerInput {
  slots: readonly { id: string; tables: number }[];
  /** Slot ids each person marked available. */
  availability: ReadonlyMap<string, readonly string[]>;
  /** Slot ids that overlap a programme session the person holds a confirmed seat in. */
  seatClashes: ReadonlyMap<string, readonly string[]>;
  /** Meetings already placed (by an accept or an earlier run); they stay where they are. */
  fixed: readonly { meetingId: string; a: string; b: string; slotId: string; table: number }[];
  /** Accepted meetings without a slot, to place. */
  meetings: readonly { id: string; a: string; b: string }[];
}

/** Why a meeting could not be placed. */
export type BlockReason = 'no-common-availability' | 'seat-clash' | 'person-busy' | 'tables-full';

/** The indexed problem. `busy[p * S + s]` is -1 when free, -2 when held by a fixed meeting. */
export interface Indexed {
  S: number;
  M: number;
  a: Int32Array;
  b: Int32Array;
  /** Feasible slots of meeting m: feas[feasStart[m] .. feasStart[m + 1]). */
  feasStart: Int32Array;
  feas: Int32Array;
  /** True when the two have a common available slot before seats and fixed meetings are removed. */
  common: Uint8Array;
  /** True when a common slot is left once confirmed seats are removed. */
  unclashed: Uint8Array;
  /** Tables still free in each slot after fixed meetings. */
  free: Int32Array;
  /** Per person and slot: -1 free, -2 fixed meeting, else the index of a meeting placed in this run. */
  busy: Int32Array;
  /** Tables taken by fixed meetings, per slot. */
  fixedTables: Set<number>[];
}

/** Builds the indexed problem; unknown slot ids in availability or clashes are ignored. */
export function indexProblem(input: SchedulerInput): Indexed {
  const S = input.slots.length;
  const slotIndex = new Map(input.slots.map((s, i) => [s.id, i]));
  const people = new Map<string, number>();
  const person = (id: string) => {
    let p = people.get(id);
    if (p === undefined) people.set(id, (p = people.size));
    return p;
  };
  const M = input.meetings.length;
  const a = new Int32Array(M);
  const b = new Int32Array(M);
  input.meetings.forEach((m, i) => {
    a[i] = person(m.a);
    b[i] = person(m.b);
  });
  for (const f of input.fixed) {
    person(f.a);
    person(f.b);
  }
  const P = people.size;
  const avail = new Uint8Array(P * S);
  const clash = new Uint8Array(P * S);
  const busy = new Int32Array(P * S).fill(-1);
  const mark = (into: Uint8Array, map: ReadonlyMap<string, readonly string[]>) => {
    for (const [id, list] of map) {
      const p = people.get(id);
      if (p === undefined) continue;
      for (const sid of list) {
        const s = slotIndex.get(sid);
        if (s !== undefined) into[p * S + s] = 1;
      }
    }
  };
  mark(avail, input.availability);
  mark(clash, input.seatClashes);
  const free = Int32Array.from(input.slots, (s) => Math.max(0, s.tables));
  const fixedTables = input.slots.map(() => new Set<number>());
  for (const f of input.fixed) {
    const s = slotIndex.get(f.slotId);
    if (s === undefined) continue;
    busy[people.get(f.a)! * S + s] = -2;
    busy[people.get(f.b)! * S + s] = -2;
    if (!fixedTables[s]!.has(f.table)) free[s] = Math.max(0, free[s]! - 1);
    fixedTables[s]!.add(f.table);
  }
  const feasStart = new Int32Array(M + 1);
  const list: number[] = [];
  const common = new Uint8Array(M);
  const unclashed = new Uint8Array(M);
  for (let m = 0; m < M; m++) {
    feasStart[m] = list.length;
    const pa = a[m]! * S;
    const pb = b[m]! * S;
    for (let s = 0; s < S; s++) {
      if (!avail[pa + s] || !avail[pb + s]) continue;
      common[m] = 1;
      if (clash[pa + s] || clash[pb + s]) continue;
      unclashed[m] = 1;
      if (busy[pa + s] === -2 || busy[pb + s] === -2) continue;
      list.push(s);
    }
  }
  feasStart[M] = list.length;
  return { S, M, a, b, feasStart, feas: Int32Array.from(list), common, unclashed, free, busy, fixedTables };
}

/** Why meeting m is unplaced, given the state the scheduler ended in. */
export function blockReason(x: Indexed, m: number): BlockReason {
  if (!x.common[m]) return 'no-common-availability';
  if (!x.unclashed[m]) return 'seat-clash';
  // Every slot left is held by a meeting placed before this run.
  if (x.feasStart[m] === x.feasStart[m + 1]) return 'person-busy';
  // Left: slots both can use, each held by a table shortage or a meeting of one of them.
  for (let k = x.feasStart[m]!; k < x.feasStart[m + 1]!; k++) if (x.free[x.feas[k]!]! > 0) return 'person-busy';
  return 'tables-full';
}

/** Numbers tables in each slot: fixed meetings keep theirs, new ones take the lowest free numbers. */
export function assignTables(x: Indexed, slotOf: Int32Array): Int32Array {
  const table = new Int32Array(x.M).fill(0);
  const next = new Int32Array(x.S).fill(1);
  for (let m = 0; m < x.M; m++) {
    const s = slotOf[m]!;
    if (s < 0) continue;
    while (x.fixedTables[s]!.has(next[s]!)) next[s]!++;
    table[m] = next[s]!++;
  }
  return table;
}
