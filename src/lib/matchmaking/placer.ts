// Placement state of the batch scheduler: which meeting is in which slot, free tables, who is
// busy when, and the moves the improvement phase makes (ejection chains with undo). Pure data.
import type { Indexed } from './schedule-problem';

export /** Mutable placement state over an indexed problem. */
class Placer {
  readonly slotOf: Int32Array;
  readonly free: Int32Array;
  readonly busy: Int32Array;
  /** Meetings placed in this run, per slot, with each meeting's position for O(1) removal. */
  private readonly members: number[][];
  private readonly pos: Int32Array;
  /** Free tables over all slots: when only slot s has any, moving a meeting out of s cannot help. */
  private freeTotal: number;

  constructor(readonly x: Indexed) {
    this.slotOf = new Int32Array(x.M).fill(-1);
    this.free = Int32Array.from(x.free);
    this.busy = Int32Array.from(x.busy);
    this.members = Array.from({ length: x.S }, () => []);
    this.pos = new Int32Array(x.M).fill(-1);
    this.freeTotal = this.free.reduce((sum, n) => sum + n, 0);
    this.locked = new Uint8Array(x.M);
  }

  /** True when meeting m can go to slot s as things stand (a table free, both people free). */
  fits(m: number, s: number): boolean {
    const { S, a, b } = this.x;
    return this.free[s]! > 0 && this.busy[a[m]! * S + s] === -1 && this.busy[b[m]! * S + s] === -1;
  }

  place(m: number, s: number): void {
    const { S, a, b } = this.x;
    this.slotOf[m] = s;
    this.free[s]!--;
    this.freeTotal--;
    this.busy[a[m]! * S + s] = m;
    this.busy[b[m]! * S + s] = m;
    this.pos[m] = this.members[s]!.push(m) - 1;
  }

  remove(m: number): void {
    const { S, a, b } = this.x;
    const s = this.slotOf[m]!;
    this.slotOf[m] = -1;
    this.free[s]!++;
    this.freeTotal++;
    this.busy[a[m]! * S + s] = -1;
    this.busy[b[m]! * S + s] = -1;
    const list = this.members[s]!;
    const last = list.pop()!;
    if (last !== m) {
      list[this.pos[m]!] = last;
      this.pos[last] = this.pos[m]!;
    }
    this.pos[m] = -1;
  }

  /** Every place/remove since the last `mark`, so a failed chain of moves can be undone. */
  private journal: number[] = [];
  private readonly locked: Uint8Array;

  private log(m: number, from: number): void {
    this.journal.push(m, from);
  }

  /** Undoes moves back to a journal length. */
  private rollback(to: number): void {
    while (this.journal.length > to) {
      const from = this.journal.pop()!;
      const m = this.journal.pop()!;
      if (this.slotOf[m]! >= 0) this.remove(m);
      if (from >= 0) this.place(m, from);
    }
  }

  private moveTo(m: number, s: number): void {
    this.log(m, this.slotOf[m]!);
    if (this.slotOf[m]! >= 0) this.remove(m);
    this.place(m, s);
  }

  private evict(m: number): void {
    this.log(m, this.slotOf[m]!);
    this.remove(m);
  }

  /**
   * Places meeting m (unplaced) if it fits somewhere, or else by ejecting the meetings in its way
   * from one of its slots and re-placing each of them the same way, `depth` levels deep (an
   * ejection chain). Meetings already moved in this chain are not ejected again.
   */
  insert(m: number, depth: number): boolean {
    const { S, a, b, feas, feasStart } = this.x;
    for (let k = feasStart[m]!; k < feasStart[m + 1]!; k++) {
      if (this.fits(m, feas[k]!)) {
        this.moveTo(m, feas[k]!);
        return true;
      }
    }
    if (depth === 0) return false;
    this.locked[m] = 1;
    try {
      for (let k = feasStart[m]!; k < feasStart[m + 1]!; k++) {
        const s = feas[k]!;
        const ba = this.busy[a[m]! * S + s]!;
        const bb = this.busy[b[m]! * S + s]!;
        if (ba === -2 || bb === -2 || (ba >= 0 && this.locked[ba]) || (bb >= 0 && this.locked[bb])) continue;
        const blockers = ba === -1 ? (bb === -1 ? [] : [bb]) : bb === -1 || bb === ba ? [ba] : [ba, bb];
        // No one in the way but every table taken: try a few of the slot's meetings as the one to move.
        const candidates = blockers.length > 0 ? [blockers] : this.freeTotal > 0 ? this.tableCandidates(s) : [];
        for (const out of candidates) {
          const mark = this.journal.length;
          for (const o of out) this.evict(o);
          if (this.fits(m, s)) {
            this.moveTo(m, s);
            if (out.every((o) => this.insert(o, depth - 1))) return true;
          }
          this.rollback(mark);
        }
      }
      return false;
    } finally {
      this.locked[m] = 0;
    }
  }

  private tableCandidates(s: number): number[][] {
    const list = this.members[s]!;
    const picked: number[][] = [];
    for (let i = 0; i < list.length && picked.length < 4; i++) if (!this.locked[list[i]!]) picked.push([list[i]!]);
    return picked;
  }

  /** Runs one ejection chain for unplaced m; keeps the result only when m ends up placed. */
  improve(m: number, depth: number): boolean {
    this.journal = [];
    if (this.insert(m, depth)) return true;
    this.rollback(0);
    return false;
  }
}

/** Each meeting in the order given, into the first slot (time order) where it fits. */
export function firstFitPlacer(x: Indexed): Placer {
  const placer = new Placer(x);
  for (let m = 0; m < x.M; m++) {
    for (let k = x.feasStart[m]!; k < x.feasStart[m + 1]!; k++) {
      if (placer.fits(m, x.feas[k]!)) {
        placer.place(m, x.feas[k]!);
        break;
      }
    }
  }
  return placer;
}
