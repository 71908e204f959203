// A generated B2B day for the scheduler benchmark: N profiles, 30 slots, N/20 tables per slot.
// Like real delegates, each profile is in the lounge for a window of 5–9 consecutive slots (one
// in ten of those marked unavailable), one in five holds a seat covering 2–4 slots, and makes
// 2 accepted requests to distinct partners whose windows tend to overlap theirs (people request
// those they can meet). Seeded: every run is the same.
import type { SchedulerInput } from '~/lib/matchmaking/schedule-problem';

/** A small seeded PRNG (mulberry32) so the population is reproducible without a dependency. */
export function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the scheduler input for a population of `n` profiles. */
export function population(n: number, seed = 2025, slotCount = 30, requestsPerProfile = 2): SchedulerInput {
  const rand = prng(seed + n);
  const slots = Array.from({ length: slotCount }, (_, i) => ({
    id: `b2b-bench-${Math.floor(i / 10)}#${i % 10}`,
    tables: Math.max(1, Math.floor(n / 20)),
  }));
  const availability = new Map<string, string[]>();
  const seatClashes = new Map<string, string[]>();
  const person = (i: number) => `p${i}`;
  const windowStart = Array.from({ length: n }, () => Math.floor(rand() * (slotCount - 4)));
  for (let i = 0; i < n; i++) {
    const from = windowStart[i]!;
    const window = slots.slice(from, from + 5 + Math.floor(rand() * 5));
    availability.set(
      person(i),
      window.filter(() => rand() >= 0.1).map((s) => s.id),
    );
    if (rand() < 0.2) {
      const start = Math.floor(rand() * (slotCount - 3));
      seatClashes.set(
        person(i),
        slots.slice(start, start + 2 + Math.floor(rand() * 3)).map((s) => s.id),
      );
    }
  }
  // Partners are drawn near in window order: sorted by window start, within ±n/15 ranks.
  const byWindow = Array.from({ length: n }, (_, i) => i).sort((p, q) => windowStart[p]! - windowStart[q]! || p - q);
  const rank = new Int32Array(n);
  byWindow.forEach((p, r) => (rank[p] = r));
  const spread = Math.max(2, Math.floor(n / 15));
  const meetings: SchedulerInput['meetings'][number][] = [];
  const pairs = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < requestsPerProfile; r++) {
      let j = i;
      let key = '';
      for (let tries = 0; tries < 20 && (j === i || pairs.has(key)); tries++) {
        const r = rank[i]! + Math.floor((rand() * 2 - 1) * spread);
        j = byWindow[Math.min(n - 1, Math.max(0, r))]!;
        key = i < j ? `${i}-${j}` : `${j}-${i}`;
      }
      if (j === i || pairs.has(key)) continue;
      pairs.add(key);
      meetings.push({ id: `m${meetings.length}`, a: person(i), b: person(j) });
    }
  }
  return { slots, availability, seatClashes, fixed: [], meetings };
}
