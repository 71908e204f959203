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

/** A text as a sparse TF-IDF vector of unit length: term ids ascending, with their weights. */
export interface TextVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Inverse document frequencies over a population of texts, and the term dictionary. Terms the
 * population never had are added to the dictionary when first met (with the weight of a
 * term seen nowhere), so two new texts can still share them; known weights never change.
 */
export interface TextModel {
  termIds: Map<string, number>;
  terms: string[];
  idf: number[];
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
  const model: TextModel = { termIds: new Map(), terms: [], idf: [], unseenIdf: Math.log(1 + texts.length) + 1 };
  const df: number[] = [];
  for (const t of texts) {
    for (const term of new Set(textTerms(t))) {
      const id = termId(model, term);
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  model.idf = df.map((count) => Math.log((1 + texts.length) / (1 + count)) + 1);
  return model;
}

/** The unit-length TF-IDF vector of a text (empty for a text with no content words). */
export function textVector(text: string, model: TextModel): TextVector {
  const tf = new Map<number, number>();
  for (const term of textTerms(text)) {
    const id = termId(model, term);
    tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from(tf.keys()).sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = tf.get(id)! * (model.idf[id] ?? model.unseenIdf);
    weights[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { ids, weights };
}

/** Cosine similarity of two unit vectors, in [0, 1] (a merge of the sorted term ids). */
export function cosine(a: TextVector, b: TextVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/** The single words both vectors share, heaviest first (for a reason). */
export function sharedWords(a: TextVector, b: TextVector, model: TextModel, max = 3): string[] {
  const shared: { term: string; w: number }[] = [];
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      const term = model.terms[x]!;
      if (!term.includes(' ')) shared.push({ term, w: a.weights[i]! * b.weights[j]! });
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared
    .sort((p, q) => q.w - p.w)
    .slice(0, max)
    .map((s) => s.term);
}

function termId(model: TextModel, term: string): number {
  let id = model.termIds.get(term);
  if (id === undefined) {
    id = model.terms.length;
    model.termIds.set(term, id);
    model.terms.push(term);
  }
  return id;
}
