// Timing comparisons for enumeration tests: run two kinds of request in interleaved pairs
// (order alternating, so drift and background load hit both alike) and summarise them
// with medians and a rank statistic that does not care about a few slow outliers.

/** The median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The area under the ROC curve of telling `a` from `b` by duration (Mann–Whitney U / (n·m)):
 * the chance that a random `a` took longer than a random `b`, ties counting half. 0.5 means
 * the durations say nothing; 0 or 1 means they separate the two kinds perfectly.
 */
export function auc(a: number[], b: number[]): number {
  let wins = 0;
  for (const x of a) for (const y of b) wins += x > y ? 1 : x === y ? 0.5 : 0;
  return wins / (a.length * b.length);
}

/**
 * The median of the per-pair differences a[i] − b[i]: the two requests of a pair ran back to
 * back, so load that drifts over the run (a busy shared machine) cancels out.
 */
export function medianPairedDifference(a: number[], b: number[]): number {
  return median(a.map((x, i) => x - b[i]!));
}

/** Durations in ms of two kinds of request. */
export interface PairedTimings {
  a: number[];
  b: number[];
}

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Runs `warmup` unmeasured pairs, then `pairs` measured ones, alternating which kind goes
 * first; `pause` ms between requests lets background work (the outbox worker) settle as a
 * real visitor's think time would.
 */
export async function pairedTimings(
  pairs: number,
  runA: (i: number) => Promise<void>,
  runB: (i: number) => Promise<void>,
  { warmup = 5, pause = 20 }: { warmup?: number; pause?: number } = {},
): Promise<PairedTimings> {
  const out: PairedTimings = { a: [], b: [] };
  const sleep = () => new Promise((r) => setTimeout(r, pause));
  for (let i = 0; i < warmup + pairs; i++) {
    const order: ['a' | 'b', (i: number) => Promise<void>][] = [
      ['a', runA],
      ['b', runB],
    ];
    if (i % 2) order.reverse();
    for (const [kind, run] of order) {
      const ms = await timed(() => run(i));
      if (i >= warmup) out[kind].push(ms);
      await sleep();
    }
  }
  return out;
}

/** One line for the test log: medians and AUC. */
export function describeTimings(label: string, t: PairedTimings, names: [string, string]): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return `${label}: ${names[0]} median ${ms(median(t.a))}, ${names[1]} median ${ms(median(t.b))}, paired difference ${ms(medianPairedDifference(t.a, t.b))}, AUC ${auc(t.a, t.b).toFixed(2)} (n=${t.a.length})`;
}
