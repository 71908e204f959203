// Similarity of two free texts (what one side seeks, what the other offers), insensitive to
// Vietnamese diacritics: folded words minus stop words, plus adjacent-word pairs (Vietnamese
// writes compounds as separate syllables: "xếp hàng" = queue), weighted by TF-IDF, compared
// by cosine.
import { foldedWords } from '~/lib/text/fold';

// Folded, so "của" and "cua" are one entry. Short, on purpose: a folded syllable such as "co"
// is also "cơ"/"cỏ", so only words that are almost always grammatical are listed.
const STOP_WORDS = new Set(
  (
    'va cua cho cac nhung mot la duoc trong voi de tai tu nay khi thi ma se da dang cung ve nhu hay hoac ' +
    'chung toi ban minh ho o the and or of for to in a an with we our us on at by is are be as from that this ' +
    'it its their they you your looking seek seeking offer offering tim kiem can cung cap'
  ).split(' '),
);

/** A text as a sparse TF-IDF vector of unit length. */
export type TextVector = ReadonlyMap<string, number>;

/** Inverse document frequencies over a population of texts. */
export interface TextModel {
  idf: ReadonlyMap<string, number>;
  /** The weight of a term no text in the population had. */
  unseenIdf: number;
}

/** The terms of a text: folded content words and pairs of adjacent content words. */
export function textTerms(text: string): string[] {
  const words = foldedWords(text).filter((w) => !STOP_WORDS.has(w) && w.length > 1);
  const terms = [...words];
  for (let i = 1; i < words.length; i++) terms.push(`${words[i - 1]} ${words[i]}`);
  return terms;
}

/** Learns IDF weights from the texts of a population (smoothed, so no weight is zero). */
export function buildTextModel(texts: readonly string[]): TextModel {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of new Set(textTerms(t))) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((1 + n) / (1 + count)) + 1);
  return { idf, unseenIdf: Math.log(1 + n) + 1 };
}

/** The unit-length TF-IDF vector of a text (empty for a text with no content words). */
export function textVector(text: string, model: TextModel): TextVector {
  const tf = new Map<string, number>();
  for (const term of textTerms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
  let norm = 0;
  for (const [term, count] of tf) {
    const w = count * (model.idf.get(term) ?? model.unseenIdf);
    tf.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  for (const [term, w] of tf) tf.set(term, w / norm);
  return tf;
}

/** Cosine similarity of two unit vectors, in [0, 1]. */
export function cosine(a: TextVector, b: TextVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const v = large.get(term);
    if (v !== undefined) dot += w * v;
  }
  return Math.min(1, dot);
}

/** The single words both vectors share, heaviest first (for a reason). */
export function sharedWords(a: TextVector, b: TextVector, max = 3): string[] {
  return [...a]
    .filter(([term]) => !term.includes(' ') && b.has(term))
    .sort((x, y) => y[1] * b.get(y[0])! - x[1] * b.get(x[0])!)
    .slice(0, max)
    .map(([term]) => term);
}
