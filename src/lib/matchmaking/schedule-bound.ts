// An upper bound on how many meetings any schedule can place, computed alongside the scheduler:
// the smaller of (1) a maximum b-matching of meetings to slots, each slot holding at most its free
// tables and at most ⌊n/2⌋ meetings per group of n people connected by meetings feasible in it
// (one meeting per person at a time, but which pairs meet is relaxed), and (2) half the sum over people of how
// many of their own meetings fit in distinct slots, ignoring tables and everyone else. Each relaxes
// the real problem (drops constraints), so each is a bound.
import type { Indexed } from './schedule-problem';

/** The upper bound for the meetings to place (fixed meetings not counted). */
export function upperBound(x: Indexed): number {
  return Math.min(matchingBound(x), personBound(x));
}

/**
 * Half the sum over people of how many of their meetings could be placed if only they mattered:
 * a maximum matching of their meetings to distinct feasible slots (a person meets one at a time).
 */
export function personBound(x: Indexed): number {
  const own = new Map<number, number[]>();
  for (let m = 0; m < x.M; m++) {
    for (const p of x.a[m] === x.b[m] ? [x.a[m]!] : [x.a[m]!, x.b[m]!]) {
      const list = own.get(p);
      if (list) list.push(m);
      else own.set(p, [m]);
    }
  }
  let sum = 0;
  const slotHolder = new Int32Array(x.S).fill(-1);
  for (const meetings of own.values()) {
    slotHolder.fill(-1);
    sum += smallMatching(x, meetings, slotHolder);
  }
  return Math.floor(sum / 2);
}

/** Kuhn's augmenting-path matching of a few meetings to slots; `holder` is scratch space. */
function smallMatching(x: Indexed, meetings: number[], holder: Int32Array): number {
  let size = 0;
  const seen = new Uint8Array(x.S);
  const tryAssign = (i: number): boolean => {
    const m = meetings[i]!;
    for (let k = x.feasStart[m]!; k < x.feasStart[m + 1]!; k++) {
      const s = x.feas[k]!;
      if (seen[s]) continue;
      seen[s] = 1;
      if (holder[s] === -1 || tryAssign(holder[s]!)) {
        holder[s] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < meetings.length; i++) {
    seen.fill(0);
    if (tryAssign(i)) size++;
  }
  return size;
}

/**
 * Maximum b-matching of meetings to slots by augmenting paths. Slots are few, so a path is
 * searched over slots: slot s leads to slot t when some meeting now in s could use t instead;
 * `movable[s * S + t]` holds those meetings. A meeting with no path now never gets one later
 * (augmenting never shrinks the matched set), so each is searched once.
 */
export function matchingBound(x: Indexed): number {
  const { S, M, feas, feasStart } = x;
  const cap = slotCapacities(x);
  const load = new Int32Array(S);
  const at = new Int32Array(M).fill(-1);
  const movable: Set<number>[] = Array.from({ length: S * S }, () => new Set());
  const assign = (m: number, s: number) => {
    at[m] = s;
    load[s]!++;
    for (let k = feasStart[m]!; k < feasStart[m + 1]!; k++) if (feas[k] !== s) movable[s * S + feas[k]!]!.add(m);
  };
  const unassign = (m: number) => {
    const s = at[m]!;
    load[s]!--;
    for (let k = feasStart[m]!; k < feasStart[m + 1]!; k++) movable[s * S + feas[k]!]!.delete(m);
    at[m] = -1;
  };
  let matched = 0;
  const from = new Int32Array(S);
  const queue = new Int32Array(S);
  for (let m = 0; m < M; m++) {
    // BFS over slots from m's feasible slots to one with a free table.
    from.fill(-2);
    let head = 0;
    let tail = 0;
    for (let k = feasStart[m]!; k < feasStart[m + 1]!; k++) {
      const s = feas[k]!;
      if (from[s] !== -2) continue;
      from[s] = -1;
      queue[tail++] = s;
    }
    let target = -1;
    while (head < tail && target < 0) {
      const s = queue[head++]!;
      if (load[s]! < cap[s]!) target = s;
      else {
        for (let t = 0; t < S; t++) {
          if (from[t] !== -2 || movable[s * S + t]!.size === 0) continue;
          from[t] = s;
          queue[tail++] = t;
        }
      }
    }
    if (target < 0) continue;
    // Walk back: each step moves one meeting from the previous slot into the freed one.
    let t = target;
    while (from[t] !== -1) {
      const s = from[t]!;
      const mover = movable[s * S + t]!.values().next().value!;
      unassign(mover);
      assign(mover, t);
      t = s;
    }
    assign(m, t);
    matched++;
  }
  return matched;
}

/**
 * Per slot: its free tables, capped by Σ⌊|C|/2⌋ over the connected groups C of people linked by a
 * meeting feasible in that slot; a slot can never hold more meetings than that, one per person.
 */
export function slotCapacities(x: Indexed): Int32Array {
  let P = 0;
  for (let m = 0; m < x.M; m++) P = Math.max(P, x.a[m]! + 1, x.b[m]! + 1);
  const bySlot: number[][] = Array.from({ length: x.S }, () => []);
  for (let m = 0; m < x.M; m++) for (let k = x.feasStart[m]!; k < x.feasStart[m + 1]!; k++) bySlot[x.feas[k]!]!.push(m);
  const parent = new Int32Array(P).fill(-1);
  const size = new Int32Array(P);
  const find = (p: number): number => {
    while (parent[p] !== p) p = parent[p] = parent[parent[p]!]!;
    return p;
  };
  const cap = Int32Array.from(x.free);
  for (let s = 0; s < x.S; s++) {
    const touched: number[] = [];
    for (const m of bySlot[s]!) {
      for (const p of [x.a[m]!, x.b[m]!]) {
        if (parent[p] !== -1) continue;
        parent[p] = p;
        size[p] = 1;
        touched.push(p);
      }
      const ra = find(x.a[m]!);
      const rb = find(x.b[m]!);
      if (ra === rb) continue;
      parent[rb] = ra;
      size[ra]! += size[rb]!;
    }
    let pairs = 0;
    for (const p of touched) if (parent[p] === p) pairs += Math.floor(size[p]! / 2);
    for (const p of touched) parent[p] = -1;
    cap[s] = Math.min(cap[s]!, pairs);
  }
  return cap;
}
