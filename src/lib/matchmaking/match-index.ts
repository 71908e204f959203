// The candidate index: every profile prepared once (match keys, text vectors), plus inverted
// lists from each offered/sought key and text term to the profiles that have it, so ranking
// one viewer scores only people who could answer a need of theirs and have one they answer.
import { buildTextModel, type TextModel } from '~/lib/matchmaking/text-similarity';
import { prepareProfile, type PreparedProfile } from '~/lib/matchmaking/fit';
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';
import type { Taxonomy } from '~/lib/matchmaking/taxonomy';

/**
 * A term carried by more than this share of the population finds no candidates on its own
 * (it still counts in the score): common words would make every profile a candidate.
 */
export const COMMON_TERM_SHARE = 0.05;

/** Profiles prepared for scoring, with inverted lists for candidate generation. */
export interface MatchIndex {
  taxonomy: Taxonomy;
  model: TextModel;
  entries: PreparedProfile[];
  positionOf: ReadonlyMap<string, number>;
  /** Tag key (a tag or its parent) → positions of profiles offering / seeking under it. */
  offeredBy: ReadonlyMap<string, number[]>;
  soughtBy: ReadonlyMap<string, number[]>;
  /** Text term id → positions of profiles whose offer / seek text has it (common terms left out). */
  offerTextBy: ReadonlyMap<number, number[]>;
  seekTextBy: ReadonlyMap<number, number[]>;
}

/** Prepares every profile and builds the inverted lists (once per population change). */
export function buildMatchIndex(profiles: readonly MatchmakingProfile[], taxonomy: Taxonomy): MatchIndex {
  const model = buildTextModel(profiles.flatMap((p) => [p.offerText, p.seekText]));
  const entries = profiles.map((p) => prepareProfile(p, taxonomy, model));
  const maxPosting = Math.max(20, Math.floor(COMMON_TERM_SHARE * entries.length));
  const offeredBy = new Map<string, number[]>();
  const soughtBy = new Map<string, number[]>();
  const offerTextBy = new Map<number, number[]>();
  const seekTextBy = new Map<number, number[]>();
  const post = <K>(lists: Map<K, number[]>, key: K, i: number) => {
    const list = lists.get(key);
    if (list) list.push(i);
    else lists.set(key, [i]);
  };
  entries.forEach((e, i) => {
    for (const k of e.offerKeys) post(offeredBy, k, i);
    for (const k of e.seekKeys) post(soughtBy, k, i);
    for (const t of e.offerVector.ids) post(offerTextBy, t, i);
    for (const t of e.seekVector.ids) post(seekTextBy, t, i);
  });
  for (const lists of [offerTextBy, seekTextBy]) {
    for (const [term, list] of lists) if (list.length > maxPosting) lists.delete(term);
  }
  return {
    taxonomy,
    model,
    entries,
    positionOf: new Map(entries.map((e, i) => [e.profile.userId, i])),
    offeredBy,
    soughtBy,
    offerTextBy,
    seekTextBy,
  };
}

/**
 * Positions of profiles that may score above zero with the viewer: they offer something the
 * viewer seeks (by tag key or text term) and seek something the viewer offers.
 */
export function candidatePositions(index: MatchIndex, viewer: PreparedProfile): number[] {
  const marks = new Uint8Array(index.entries.length);
  const mark = <K>(lists: ReadonlyMap<K, number[]>, keys: Iterable<K>, bit: number) => {
    for (const k of keys) for (const i of lists.get(k) ?? []) marks[i]! |= bit;
  };
  mark(index.offeredBy, viewer.seekKeys, 1);
  mark(index.offerTextBy, viewer.seekVector.ids, 1);
  mark(index.soughtBy, viewer.offerKeys, 2);
  mark(index.seekTextBy, viewer.offerVector.ids, 2);
  const out: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i] === 3) out.push(i);
  return out;
}
