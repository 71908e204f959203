// Checks the matchmaking taxonomy (content/taxonomy/needs.yaml) as a whole: unique ids,
// known parents, no cycles, a facet on every top-level tag and only there, known topics.
// Pure: plain data in, problems (file, field, message) out, as checkIntegrity reports them.
import type { Problem } from '~/lib/content/integrity';

/** One taxonomy entry as written, with its position in the file. */
export interface NeedInput {
  file: string;
  index: number;
  id: string;
  parent?: string | undefined;
  facet?: string | undefined;
  topics: string[];
}

/** Returns every problem in the taxonomy; `tagIds` are the programme tags topics may name. */
export function checkTaxonomy(needs: readonly NeedInput[], tagIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const add = (n: NeedInput, field: string, message: string) =>
    problems.push({ file: n.file, field: `[${n.index}].${field}`, message });
  const byId = new Map<string, NeedInput>();
  for (const n of needs) {
    const first = byId.get(n.id);
    if (first) add(n, 'id', `duplicate id "${n.id}" (first at [${first.index}])`);
    else byId.set(n.id, n);
  }
  for (const n of needs) {
    if (n.parent === undefined) {
      if (n.facet === undefined) add(n, 'facet', 'a top-level tag needs a facet ("area" or "kind")');
    } else {
      if (n.facet !== undefined) add(n, 'facet', 'only top-level tags have a facet; children inherit their parent\'s');
      if (n.parent === n.id) add(n, 'parent', `"${n.id}" cannot be its own parent`);
      else if (!byId.has(n.parent)) add(n, 'parent', `unknown parent "${n.parent}"`);
    }
    n.topics.forEach((t, i) => tagIds.has(t) || add(n, `topics[${i}]`, `unknown tag "${t}"`));
  }
  // A tag is on a cycle when walking up its parents leads back to it. Each cycle is reported
  // once, on its member that comes first in the file.
  const reported = new Set<string>();
  for (const n of byId.values()) {
    const path = ancestors(n, byId);
    if (path.length < 3 || path.at(-1) !== n.id || reported.has(n.id)) continue;
    path.forEach((id) => reported.add(id));
    add(n, 'parent', `parents form a cycle: ${path.join(' › ')}`);
  }
  return problems;
}

/** The tag, its parent, its parent's parent…, stopping at the top, an unknown id, or a repeat. */
function ancestors(n: NeedInput, byId: Map<string, NeedInput>): string[] {
  const path = [n.id];
  let next = n.parent;
  while (next !== undefined && byId.has(next) && path.length <= byId.size) {
    path.push(next);
    if (next === n.id) break;
    next = byId.get(next)!.parent;
  }
  return path;
}
