// Benchmark: matchmaking quality and speed. `npm run bench:matchmaking`
// 1. Quality: on a synthetic population with planted complementary groups, near-duplicates
//    and noise, precision@10, recall@10 and nDCG@10 of the reciprocal scorer and of a
//    shared-tag Jaccard baseline, in the same run.
// 2. Latency: top-20 recommendations for one viewer at 1,000, 5,000 and 20,000 profiles, from
//    the database as the page computes them (cached index, blocks and impressions read, the
//    exposure cap, impressions written); the first call's index build is reported apart.
// 3. Scheduler: figures from bench/matchmaking-scheduler.ts when it exists (see below).
// Ends with one JSON line of all figures.
import { loadavg } from 'node:os';
import { NO_RELATIONS } from '~/lib/matchmaking/exclusion';
import { buildMatchIndex, candidatePositions } from '~/lib/matchmaking/match-index';
import { recommend } from '~/lib/matchmaking/recommend';
import { getMatchIndex, recommendationsFor, resetMatchIndex } from '~/lib/matchmaking/recommendations.server';
import { closeDb } from '~db/client';
import { benchTaxonomy, generatePopulation, rng } from './matchmaking/population';
import { jaccardBaseline, measure, type Quality } from './matchmaking/quality';
import { openPopulatedDatabase } from './matchmaking/database';

const QUALITY_SIZE = 2_000;
const SIZES = [1_000, 5_000, 20_000];
const CALLS = 200;
const WARM_UP = 30;
const { taxonomy, tags } = benchTaxonomy();
const figures: Record<string, unknown> = {};
const fmt = (q: Quality) => `${q.precision.toFixed(3)}      ${q.recall.toFixed(3)}      ${q.ndcg.toFixed(3)}`;

// ── 1. Quality ──────────────────────────────────────────────────────────────────────────
{
  const population = generatePopulation(QUALITY_SIZE, taxonomy, tags);
  const index = buildMatchIndex(population.profiles, taxonomy);
  const ours = new Map(
    [...population.relevant.keys()].map((id) => [
      id,
      recommend(index, id, { relations: NO_RELATIONS, limit: 10 }).map((m) => m.userId),
    ]),
  );
  const baseline = jaccardBaseline(population.profiles, population.relevant.keys());
  const q = { ours: measure(ours, population.relevant), baseline: measure(baseline, population.relevant) };
  console.log(
    `quality: ${QUALITY_SIZE} profiles, ${population.relevant.size} planted queries (3 relevant each; best possible precision@10 ${q.ours.maxPrecision.toFixed(2)})`,
  );
  console.log('  scorer               precision@10  recall@10  nDCG@10');
  console.log(`  reciprocal (ours)    ${fmt(q.ours)}`);
  console.log(`  shared-tag Jaccard   ${fmt(q.baseline)}`);
  figures.quality = { profiles: QUALITY_SIZE, queries: population.relevant.size, ...q };
}

// ── 2. Latency from the database ────────────────────────────────────────────────────────
{
  const rows: LatencyRow[] = [];
  console.log('\nlatency: top-20 recommendations for one viewer, from the database as the page computes them');
  console.log(`  (machine load average ${loadavg()[0]!.toFixed(1)} on shared cores: read p95 with that in mind)`);
  console.log(
    '  profiles   index build   page p50   page p95   page CPU p50   p95   scoring only p50   p95   candidates (mean)   shown (mean)',
  );
  for (const size of SIZES) {
    const population = generatePopulation(size, taxonomy, tags, 7 + size);
    openPopulatedDatabase(population.profiles);
    resetMatchIndex();
    const r = rng(size);
    const viewers = Array.from({ length: CALLS }, () => population.profiles[Math.floor(r() * size)]!.userId);
    const t0 = performance.now();
    recommendationsFor({ viewerId: viewers[0]!, taxonomy });
    const build = performance.now() - t0;
    // Warm, as a running server is: the index is built and the code compiled.
    for (const viewerId of viewers.slice(0, WARM_UP)) recommendationsFor({ viewerId, taxonomy });
    const page: number[] = [];
    // CPU time of this process as well as wall time: on shared cores the wall clock also counts
    // the time other programs held the CPU.
    const pageCpu: number[] = [];
    let found = 0;
    for (const viewerId of viewers) {
      const t = performance.now();
      const c = process.cpuUsage();
      found += recommendationsFor({ viewerId, taxonomy }).length;
      const used = process.cpuUsage(c);
      page.push(performance.now() - t);
      pageCpu.push((used.user + used.system) / 1000);
    }
    // The same viewers, ranking only (no database): separates scoring from I/O.
    const index = getMatchIndex(taxonomy);
    const scoring: number[] = [];
    let candidates = 0;
    for (const viewerId of viewers) {
      candidates += candidatePositions(index, index.entries[index.positionOf.get(viewerId)!]!).length;
      const t = performance.now();
      recommend(index, viewerId, { relations: NO_RELATIONS, limit: 20 });
      scoring.push(performance.now() - t);
    }
    const row: LatencyRow = {
      profiles: size,
      indexBuildMs: round(build),
      p50Ms: round(quantile(page, 0.5)),
      p95Ms: round(quantile(page, 0.95)),
      cpuP50Ms: round(quantile(pageCpu, 0.5)),
      cpuP95Ms: round(quantile(pageCpu, 0.95)),
      scoringP50Ms: round(quantile(scoring, 0.5)),
      scoringP95Ms: round(quantile(scoring, 0.95)),
      meanShown: round(found / CALLS),
      meanCandidates: round(candidates / CALLS),
    };
    rows.push(row);
    const ms = (x: number, w: number) => x.toFixed(2).padStart(w);
    console.log(
      `  ${String(size).padStart(8)}   ${row.indexBuildMs.toFixed(0).padStart(8)} ms   ${ms(row.p50Ms, 8)}   ${ms(row.p95Ms, 8)}   ${ms(row.cpuP50Ms, 12)}   ${ms(row.cpuP95Ms, 5)}   ${ms(row.scoringP50Ms, 16)}   ${ms(row.scoringP95Ms, 5)}   ${row.meanCandidates.toFixed(0).padStart(17)}   ${row.meanShown}`,
    );
    closeDb();
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  console.log(
    `  ${first.profiles} → ${last.profiles} profiles (${last.profiles / first.profiles}×): candidates scored ${ratio(last.meanCandidates, first.meanCandidates)},` +
      ` scoring p50 ${ratio(last.scoringP50Ms, first.scoringP50Ms)}, page p50 ${ratio(last.p50Ms, first.p50Ms)}`,
  );
  console.log(
    `  target p95 < 20 ms at ${last.profiles} profiles: wall clock ${last.p95Ms < 20 ? 'met' : 'NOT met'} (${last.p95Ms} ms),` +
      ` CPU time ${last.cpuP95Ms < 20 ? 'met' : 'NOT met'} (${last.cpuP95Ms} ms)`,
  );
  figures.latency = rows;
  figures.loadAverage = round(loadavg()[0]!);
}

// ── 3. Scheduler (owned by the meetings half) ───────────────────────────────────────────
// bench/matchmaking-scheduler.ts, when it exists, exports
//   runSchedulerBench(sizes: number[]): Promise<Record<string, unknown>>
// which prints its own table and returns its figures; they join the JSON line under "scheduler".
{
  try {
    // A path in a variable: the module may not exist yet, so the type checker must not resolve it.
    const path = './matchmaking-scheduler.ts';
    const mod = (await import(path)) as { runSchedulerBench: (sizes: number[]) => Promise<Record<string, unknown>> };
    console.log('');
    figures.scheduler = await mod.runSchedulerBench(SIZES);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.log('\nscheduler: bench/matchmaking-scheduler.ts is not there yet; no scheduler figures.');
    figures.scheduler = null;
  }
}

console.log(JSON.stringify({ bench: 'matchmaking', ...figures }));

interface LatencyRow {
  profiles: number;
  indexBuildMs: number;
  p50Ms: number;
  p95Ms: number;
  cpuP50Ms: number;
  cpuP95Ms: number;
  scoringP50Ms: number;
  scoringP95Ms: number;
  meanShown: number;
  meanCandidates: number;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
