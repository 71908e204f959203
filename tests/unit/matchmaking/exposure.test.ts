// The exposure cap (src/lib/matchmaking/exposure.ts): capped people go last or are skipped,
// the order of everyone else is kept, and a person the viewer already saw is never capped.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyExposureCap, isCapped } from '~/lib/matchmaking/exposure';

const ranked = ['a', 'b', 'c', 'd'].map((userId) => ({ userId }));
const impressions = {
  shownToday: new Map([
    ['a', 3],
    ['c', 2],
  ]),
  seenByViewer: new Set<string>(),
};

describe('exposure cap', () => {
  it('demotes people at the cap after everyone else, keeping both orders', () => {
    expect(applyExposureCap(ranked, impressions, { dailyCap: 2, mode: 'demote' }).map((x) => x.userId)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  it('skips people at the cap in skip mode', () => {
    expect(applyExposureCap(ranked, impressions, { dailyCap: 3, mode: 'skip' }).map((x) => x.userId)).toEqual([
      'b',
      'c',
      'd',
    ]);
  });

  it('does not cap someone this viewer already saw today', () => {
    expect(isCapped('a', { ...impressions, seenByViewer: new Set(['a']) }, { dailyCap: 1, mode: 'skip' })).toBe(false);
  });

  it('never loses or invents anyone when demoting', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 20 }), fc.nat(5), (ids, cap) => {
        const counts = new Map(ids.map((id, i) => [id, i % 7]));
        const out = applyExposureCap(
          ids.map((userId) => ({ userId })),
          { shownToday: counts, seenByViewer: new Set() },
          { dailyCap: cap, mode: 'demote' },
        );
        expect(out.map((x) => x.userId).sort()).toEqual([...ids].sort());
      }),
    );
  });
});
