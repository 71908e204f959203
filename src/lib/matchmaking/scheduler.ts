// The batch scheduler: places accepted meetings into slots and tables, maximising how many are
// placed. Most-constrained first (fewest feasible slots), each into the feasible slot with the most
// slack, then an improvement phase that moves a placed meeting aside to make room (ejection moves).
// Pure and deterministic; reports an upper bound from the same run and why each unplaced one failed.
import {
  assignTables,
  blockReason,
  indexProblem,
  type BlockReason,
  type Indexed,
  type SchedulerInput,
} from './schedule-problem';
import { upperBound } from './schedule-bound';
import { firstFitPlacer, Placer } from './placer';

export type { SchedulerInput, BlockReason } from './schedule-problem';

/** A meeting put at a slot and table. */
export interface Placement {
  meetingId: string;
  slotId: string;
  table: number;
}

/** What a run produced: placements, the unplaced with their blocking constraint, and the bound. */
export interface ScheduleResult {
  placed: Placement[];
  unplaced: { meetingId: string; reason: BlockReason }[];
  /** No schedule can place more of `meetings` than this. */
  upperBound: number;
}

/** Meetings in most-constrained-first order: fewest feasible slots, then busiest people. */
export function constrainedOrder(x: Indexed): number[] {
  const degree = new Map<number, number>();
  for (let m = 0; m < x.M; m++) for (const p of [x.a[m]!, x.b[m]!]) degree.set(p, (degree.get(p) ?? 0) + 1);
  const size = (m: number) => x.feasStart[m + 1]! - x.feasStart[m]!;
  const load = (m: number) => degree.get(x.a[m]!)! + degree.get(x.b[m]!)!;
  return Array.from({ length: x.M }, (_, m) => m).sort((p, q) => size(p) - size(q) || load(q) - load(p) || p - q);
}

/** Places every meeting it can; see the module comment for the method. */
export function schedule(input: SchedulerInput, improvementPasses = 3, depth = 2): ScheduleResult {
  const x = indexProblem(input);
  const placer = new Placer(x);
  // Demand: unplaced meetings that could still use each slot; slack = free tables − demand.
  const demand = new Int32Array(x.S);
  for (let k = 0; k < x.feas.length; k++) demand[x.feas[k]!]!++;
  for (const m of constrainedOrder(x)) {
    let best = -1;
    let bestSlack = -Infinity;
    for (let k = x.feasStart[m]!; k < x.feasStart[m + 1]!; k++) {
      const s = x.feas[k]!;
      demand[s]!--;
      if (!placer.fits(m, s)) continue;
      const slack = placer.free[s]! - demand[s]!;
      if (slack > bestSlack) [best, bestSlack] = [s, slack];
    }
    if (best >= 0) placer.place(m, best);
  }
  improveAll(placer, improvementPasses, depth);
  // A heuristic order can lose to plain first-fit on an odd instance; never return less than it.
  const baseline = firstFitPlacer(x);
  if (placedCount(baseline) > placedCount(placer)) {
    improveAll(baseline, improvementPasses, depth);
    return result(input, x, baseline);
  }
  return result(input, x, placer);
}

function improveAll(placer: Placer, passes: number, depth: number): void {
  for (let pass = 0; pass < passes; pass++) {
    let gained = 0;
    for (let m = 0; m < placer.x.M; m++) if (placer.slotOf[m] === -1 && placer.improve(m, depth)) gained++;
    if (gained === 0) break;
  }
}

function placedCount(placer: Placer): number {
  return placer.slotOf.reduce((n, s) => n + (s >= 0 ? 1 : 0), 0);
}

/** Turns a finished placement state into the public result. */
export function result(input: SchedulerInput, x: Indexed, placer: Placer): ScheduleResult {
  const tables = assignTables(x, placer.slotOf);
  const placed: Placement[] = [];
  const unplaced: ScheduleResult['unplaced'] = [];
  for (let m = 0; m < x.M; m++) {
    const s = placer.slotOf[m]!;
    const meetingId = input.meetings[m]!.id;
    if (s >= 0) placed.push({ meetingId, slotId: input.slots[s]!.id, table: tables[m]! });
    else unplaced.push({ meetingId, reason: blockReason({ ...x, free: placer.free }, m) });
  }
  return { placed, unplaced, upperBound: upperBound(x) };
}
