// src/lib/text/fold.ts: diacritic-insensitive folding for Vietnamese search and matching.
import { describe, expect, it } from 'vitest';
import { foldText, foldedWords } from '../../../src/lib/text/fold';

describe('foldText', () => {
  it('removes tone marks so "Hà Nội" reads as "ha noi"', () => {
    expect(foldText('Hà Nội')).toBe('ha noi');
  });
  it('maps đ and Đ to d, which NFD alone does not', () => {
    expect(foldText('đô thị số')).toBe('do thi so');
    expect(foldText('ĐÀ NẴNG')).toBe('da nang');
  });
  it('handles stacked tone marks (ế, ộ, ữ)', () => {
    expect(foldText('Kiến trúc Hội nghị Những')).toBe('kien truc hoi nghi nhung');
  });
  it('gives the same result for precomposed (NFC) and decomposed (NFD) input', () => {
    const nfc = 'Thành phố thông minh'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldText(nfd)).toBe(foldText(nfc));
    expect(foldText(nfd)).toBe('thanh pho thong minh');
  });
  it('collapses punctuation and spaces between words', () => {
    expect(foldText('  smart-city,  AI!! ')).toBe('smart city ai');
  });
});

describe('foldedWords', () => {
  it('splits folded text into words and gives none for blank text', () => {
    expect(foldedWords('Giao thông đô thị')).toEqual(['giao', 'thong', 'do', 'thi']);
    expect(foldedWords('  ,, ')).toEqual([]);
  });
});
