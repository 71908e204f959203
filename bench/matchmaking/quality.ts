// Ranking quality against planted pairs: precision@k, recall@k and nDCG@k (binary gains),
// and the shared-tag Jaccard baseline the reciprocal scorer is compared with.
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';

/** Mean precision, recall and nDCG at k over the queries. */
export interface Quality {
  precision: number;
  recall: number;
  ndcg: number;
  /** The best precision@k any ranking could reach here (fewer than k relevant per query). */
  maxPrecision: number;
}

/** Scores ranked lists (query id → ranked ids) against the relevant sets. */
export function measure(ranked: Map<string, string[]>, relevant: Map<string, Set<string>>, k = 10): Quality {
  let p = 0;
  let rec = 0;
  let nd = 0;
  let maxP = 0;
  for (const [query, rel] of relevant) {
    const top = (ranked.get(query) ?? []).slice(0, k);
    const hits = top.filter((id) => rel.has(id)).length;
    p += hits / k;
    rec += hits / rel.size;
    maxP += Math.min(rel.size, k) / k;
    const dcg = top.reduce((sum, id, i) => sum + (rel.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
    let ideal = 0;
    for (let i = 0; i < Math.min(rel.size, k); i++) ideal += 1 / Math.log2(i + 2);
    nd += dcg / ideal;
  }
  const n = relevant.size;
  return { precision: p / n, recall: rec / n, ndcg: nd / n, maxPrecision: maxP / n };
}

/** The baseline: everyone else ranked by Jaccard similarity of all their tags (offers ∪ seeks). */
export function jaccardBaseline(
  profiles: readonly MatchmakingProfile[],
  queryIds: Iterable<string>,
  k = 10,
): Map<string, string[]> {
  const sets = profiles.map((p) => new Set([...p.offers, ...p.seeks]));
  const at = new Map(profiles.map((p, i) => [p.userId, i]));
  const out = new Map<string, string[]>();
  for (const q of queryIds) {
    const qi = at.get(q)!;
    const mine = sets[qi]!;
    const scored: { id: string; s: number }[] = [];
    sets.forEach((theirs, i) => {
      if (i === qi) return;
      let inter = 0;
      for (const t of mine) if (theirs.has(t)) inter++;
      if (inter > 0) scored.push({ id: profiles[i]!.userId, s: inter / (mine.size + theirs.size - inter) });
    });
    scored.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1));
    out.set(
      q,
      scored.slice(0, k).map((x) => x.id),
    );
  }
  return out;
}
