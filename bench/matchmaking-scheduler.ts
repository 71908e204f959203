// Benchmark: the batch scheduler on generated B2B days of 1,000, 5,000 and 20,000 profiles
// (2 accepted requests each, 30 slots, N/20 tables): time, placed, upper bound, first-fit.
// Usage: npm run bench:matchmaking-scheduler [-- sizes...]; prints a table, then one JSON line.
// `npm run bench:matchmaking` runs it too, through `runSchedulerBench`, and joins its figures.
import { fileURLToPath } from 'node:url';
import { schedule } from '~/lib/matchmaking/scheduler';
import { firstFit } from '~/lib/matchmaking/first-fit';
import { population } from './scheduler-population';

/** Runs the scheduler on each population size, prints a table, and returns the rows and targets. */
export function runSchedulerBench(sizes: number[]): Promise<Record<string, unknown>> {
  const rows = [];
  for (const profiles of sizes.length > 0 ? sizes : [1000, 5000, 20000]) {
    const input = population(profiles);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const ours = schedule(input);
    const ms = performance.now() - t0;
    // CPU time as well as wall time: on a shared machine the wall clock includes waiting for a core.
    const cpu = process.cpuUsage(cpu0);
    const t1 = performance.now();
    const baseline = firstFit(input);
    const baselineMs = performance.now() - t1;
    rows.push({
      profiles,
      requests: input.meetings.length,
      slots: input.slots.length,
      tables: input.slots[0]!.tables,
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      placed: ours.placed.length,
      upperBound: ours.upperBound,
      ofBound: Number((ours.placed.length / Math.max(1, ours.upperBound)).toFixed(4)),
      firstFitPlaced: baseline.placed.length,
      firstFitMs: Math.round(baselineMs),
      unplacedBy: Object.fromEntries(
        ['no-common-availability', 'seat-clash', 'person-busy', 'tables-full'].map((r) => [
          r,
          ours.unplaced.filter((u) => u.reason === r).length,
        ]),
      ),
    });
  }
  const pad = (v: unknown, n: number) => String(v).padStart(n);
  console.log('matchmaking scheduler: 2 accepted requests per profile, 30 slots, N/20 tables');
  console.log(
    `${pad('profiles', 9)}${pad('requests', 10)}${pad('ms', 8)}${pad('cpu ms', 8)}${pad('placed', 9)}${pad('bound', 9)}${pad('%bound', 8)}${pad('first-fit', 11)}`,
  );
  for (const r of rows) {
    console.log(
      `${pad(r.profiles, 9)}${pad(r.requests, 10)}${pad(r.ms, 8)}${pad(r.cpuMs, 8)}${pad(r.placed, 9)}${pad(r.upperBound, 9)}${pad((r.ofBound * 100).toFixed(1), 8)}${pad(r.firstFitPlaced, 11)}`,
    );
  }
  const big = rows.find((r) => r.requests >= 40_000 - 100) ?? rows.at(-1)!;
  const target = {
    under5s: big.ms < 5000,
    atLeast95PercentOfBound: big.ofBound >= 0.95,
    beatsFirstFit: big.placed > big.firstFitPlaced,
  };
  return Promise.resolve({ rows, target });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 1);
  console.log(JSON.stringify({ bench: 'matchmaking-scheduler', ...(await runSchedulerBench(sizes)) }));
}
