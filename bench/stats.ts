// Small helpers the benchmarks share: timing, percentiles, bounded concurrency.

/** Runs `task` for each item with at most `limit` in flight; returns each task's latency in ms. */
export async function runConcurrent<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const t0 = performance.now();
      await task(item);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return latencies;
}

/** "p50 3.1 ms, p95 8.0 ms, p99 12.4 ms, max 20.2 ms" */
export function describeLatencies(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}
