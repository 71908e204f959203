// Matchmaking taxonomy checks (src/lib/content/taxonomy-integrity.ts): duplicate ids, unknown
// parents, cycles, facets only at the top, unknown programme tags; reported as file: field.
import { describe, expect, it } from 'vitest';
import { checkTaxonomy, type NeedInput } from '~/lib/content/taxonomy-integrity';
import { checkIntegrity } from '~/lib/content/integrity';

const FILE = 'content/taxonomy/needs.yaml';
const tags = new Set(['mobility']);

function needs(...list: Omit<NeedInput, 'file' | 'index' | 'topics'>[]): NeedInput[] {
  return list.map((n, index) => ({ file: FILE, index, topics: [], ...n }));
}

describe('taxonomy integrity', () => {
  it('finds no problem in a consistent tree', () => {
    const tree = needs({ id: 'smart-mobility', facet: 'area' }, { id: 'traffic-sensors', parent: 'smart-mobility' });
    tree[0]!.topics = ['mobility'];
    expect(checkTaxonomy(tree, tags)).toEqual([]);
  });

  it('reports a duplicated id at the second occurrence, naming the first', () => {
    expect(checkTaxonomy(needs({ id: 'data', facet: 'kind' }, { id: 'data', facet: 'kind' }), tags)).toEqual([
      { file: FILE, field: '[1].id', message: 'duplicate id "data" (first at [0])' },
    ]);
  });

  it('reports an unknown parent', () => {
    expect(checkTaxonomy(needs({ id: 'traffic-sensors', parent: 'mobilty' }), tags)).toEqual([
      { file: FILE, field: '[0].parent', message: 'unknown parent "mobilty"' },
    ]);
  });

  it('reports a tag that is its own parent', () => {
    expect(checkTaxonomy(needs({ id: 'loop', parent: 'loop' }), tags)).toEqual([
      { file: FILE, field: '[0].parent', message: '"loop" cannot be its own parent' },
    ]);
  });

  it('reports a cycle once, on its first member in the file', () => {
    const problems = checkTaxonomy(
      needs({ id: 'top', facet: 'area' }, { id: 'a', parent: 'b' }, { id: 'b', parent: 'c' }, { id: 'c', parent: 'a' }, { id: 'd', parent: 'a' }),
      tags,
    );
    expect(problems).toEqual([{ file: FILE, field: '[1].parent', message: 'parents form a cycle: a › b › c › a' }]);
  });

  it('asks for a facet at the top and refuses one below', () => {
    expect(checkTaxonomy(needs({ id: 'area-without-facet' }, { id: 'child', parent: 'area-without-facet', facet: 'kind' }), tags)).toEqual([
      { file: FILE, field: '[0].facet', message: 'a top-level tag needs a facet ("area" or "kind")' },
      { file: FILE, field: '[1].facet', message: "only top-level tags have a facet; children inherit their parent's" },
    ]);
  });

  it('reports a topic that is not a programme tag', () => {
    const tree = needs({ id: 'energy', facet: 'area' });
    tree[0]!.topics = ['mobility', 'solar'];
    expect(checkTaxonomy(tree, tags)).toEqual([{ file: FILE, field: '[0].topics[1]', message: 'unknown tag "solar"' }]);
  });

  it('is part of the whole content check', () => {
    const problems = checkIntegrity({
      event: { startDate: '2025-12-23', endDate: '2025-12-23' },
      rooms: [],
      tracks: [],
      tags: [],
      speakers: [],
      sessions: [],
      exhibitors: [],
      products: [],
      needs: needs({ id: 'orphan', parent: 'gone' }),
    });
    expect(problems).toEqual([{ file: FILE, field: '[0].parent', message: 'unknown parent "gone"' }]);
  });
});
