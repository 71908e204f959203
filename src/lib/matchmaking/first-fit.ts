// The baseline the batch scheduler is measured against: each meeting in the order given, into the
// first slot (in time order) where a table and both people are free. No ordering, no improvement.
import { indexProblem, type SchedulerInput } from './schedule-problem';
import { firstFitPlacer } from './placer';
import { result, type ScheduleResult } from './scheduler';

/** Places meetings first-come first-fit; same result shape (and bound) as `schedule`. */
export function firstFit(input: SchedulerInput): ScheduleResult {
  const x = indexProblem(input);
  return result(input, x, firstFitPlacer(x));
}
