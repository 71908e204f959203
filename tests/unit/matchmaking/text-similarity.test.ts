// Free-text similarity (src/lib/matchmaking/text-similarity.ts): diacritic-insensitive for
// Vietnamese (đ→d, stacked tone marks, decomposed input), stop words ignored, cosine in [0, 1].
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextModel, cosine, textTerms, textVector } from '~/lib/matchmaking/text-similarity';

const model = buildTextModel(['phần mềm bốc số xếp hàng', 'cảm biến giao thông', 'đầu tư hạt giống']);
const sim = (a: string, b: string) => cosine(textVector(a, model), textVector(b, model));

describe('text similarity', () => {
  it('treats đ and d as the same letter', () => {
    expect(sim('đầu tư đô thị', 'dau tu do thi')).toBeCloseTo(1, 10);
  });

  it('ignores stacked tone marks (ế = e + ◌̂ + ◌́)', () => {
    expect(sim('thiết bị cảm biến', 'thiet bi cam bien')).toBeCloseTo(1, 10);
  });

  it('reads decomposed (NFD) input like precomposed input', () => {
    const nfc = 'Phần mềm bốc số xếp hàng';
    expect(sim(nfc.normalize('NFD'), nfc)).toBeCloseTo(1, 10);
    expect(textTerms(nfc.normalize('NFD'))).toEqual(textTerms(nfc));
  });

  it('keeps adjacent-word pairs so Vietnamese compounds count', () => {
    expect(textTerms('xếp hàng')).toEqual(['xep', 'hang', 'xep hang']);
  });

  it('drops stop words in both languages', () => {
    expect(textTerms('phần mềm của chúng tôi and the software')).toEqual([
      'phan',
      'mem',
      'software',
      'phan mem',
      'mem software',
    ]);
  });

  it('scores unrelated texts zero and empty texts zero', () => {
    expect(sim('cảm biến giao thông', 'đầu tư hạt giống')).toBe(0);
    expect(sim('', 'cảm biến')).toBe(0);
  });

  it('stays within [0, 1] and is symmetric for any two texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = sim(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(sim(b, a)).toBeCloseTo(s, 12);
      }),
    );
  });
});
