// The baseline the batch scheduler is measured against: each meeting in the order given, into the
// first slot (in time order) where a table and both people are free. No ordering, no improvement.
import { indexProblem, type SchedulerInput } from './schedule-problem';
import { Placer, result, type ScheduleResult } from './scheduler';

/** Places meetings first-come first-fit; same result shape (and bound) as `schedule`. */
export function firstFit(input: SchedulerInput): ScheduleResult {
  const x = indexProblem(input);
  const placer = new Placer(x);
  for (let m = 0; m < x.M; m++) {
    for (let k = x.feasStart[m]!; k < x.feasStart[m + 1]!; k++) {
      if (placer.fits(m, x.feas[k]!)) {
        placer.place(m, x.feas[k]!);
        break;
      }
    }
  }
  return result(input, x, placer);
}
