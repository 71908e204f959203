// The reciprocal score. A directed fit f(A→B) says how well B gives what A seeks: sought tags
// against offered tags (full credit for the same tag, half at the parent level) and A's
// seekText against B's offerText, then lifted by shared topics and markets. The pair's score
// is the harmonic mean of both directions, so a one-sided match sinks to zero.
import { foldText } from '~/lib/text/fold';
import { cosine, textVector, type TextModel, type TextVector } from '~/lib/matchmaking/text-similarity';
import { matchKeys, tagCredit, type Taxonomy } from '~/lib/matchmaking/taxonomy';
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';

/** How much of the need score comes from tags (the rest from free text). */
export const TAG_WEIGHT = 0.75;
/**
 * Shared context lifts a fit but cannot create one: topics and markets are the same in both
 * directions, so letting them count alone would give one-sided pairs a score.
 */
/**
 * Text similarity below this is noise: folded Vietnamese syllables are short and ambiguous
 * ("nha" is both "nhà", home, and "nhà" in "nhà nước", state), so one shared syllable must not
 * make a match.
 */
export const TEXT_FLOOR = 0.1;
export const CONTEXT_BASE = 0.7;
export const TOPIC_WEIGHT = 0.15;
export const MARKET_WEIGHT = 0.15;

/** A profile with what scoring needs computed once: match keys, text vectors, folded sets. */
export interface PreparedProfile {
  profile: MatchmakingProfile;
  seekKeys: string[];
  offerKeys: string[];
  /** Offered tags, and offered tags with their parents: the two levels of credit. */
  offerSet: ReadonlySet<string>;
  offerKeySet: ReadonlySet<string>;
  /** Each sought tag's parent ("" at the top), in the order of `profile.seeks`. */
  seekParents: string[];
  seekVector: TextVector;
  offerVector: TextVector;
  topics: ReadonlySet<string>;
  markets: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  /** The folded organisation name ("" when none is given). */
  organisationKey: string;
}

/** One sought tag and the offered tag that best answers it. */
export interface TagMatch {
  sought: string;
  offered: string;
  credit: number;
}

/** f(seeker→provider) and what it is made of, for the explanation. */
export interface DirectedFit {
  score: number;
  tagScore: number;
  textScore: number;
  matches: TagMatch[];
  sharedTopics: string[];
  sharedMarkets: string[];
}

/** Computes a profile's keys, vectors and folded sets against the population's text model. */
export function prepareProfile(profile: MatchmakingProfile, taxonomy: Taxonomy, model: TextModel): PreparedProfile {
  const keys = (tags: string[]) => [...new Set(tags.flatMap((t) => matchKeys(taxonomy, t)))];
  const offerKeys = keys(profile.offers);
  return {
    profile,
    seekKeys: keys(profile.seeks),
    offerKeys,
    offerSet: new Set(profile.offers),
    offerKeySet: new Set(offerKeys),
    seekParents: profile.seeks.map((s) => taxonomy.byId.get(s)?.parent ?? ''),
    seekVector: textVector(profile.seekText, model),
    offerVector: textVector(profile.offerText, model),
    topics: new Set(profile.topics),
    markets: new Set(profile.markets.map(marketKey).filter(Boolean)),
    languages: new Set(profile.languages.map((l) => l.toLowerCase())),
    organisationKey: foldText(profile.organisation),
  };
}

/** f(seeker→provider): how well the provider offers what the seeker seeks, in [0, 1]. */
export function directedFit(seeker: PreparedProfile, provider: PreparedProfile, taxonomy: Taxonomy): DirectedFit {
  const matches: TagMatch[] = [];
  let credit = 0;
  for (const sought of seeker.profile.seeks) {
    let best: TagMatch | undefined;
    for (const offered of provider.profile.offers) {
      const c = tagCredit(taxonomy, sought, offered);
      if (c > (best?.credit ?? 0)) best = { sought, offered, credit: c };
      if (c === 1) break;
    }
    if (best) {
      matches.push(best);
      credit += best.credit;
    }
  }
  const tagScore = seeker.profile.seeks.length === 0 ? 0 : credit / seeker.profile.seeks.length;
  const similarity = cosine(seeker.seekVector, provider.offerVector);
  const textScore = similarity < TEXT_FLOOR ? 0 : similarity;
  const need = TAG_WEIGHT * tagScore + (1 - TAG_WEIGHT) * textScore;
  if (need <= 0) return { score: 0, tagScore, textScore, matches, sharedTopics: [], sharedMarkets: [] };
  const sharedTopics = [...seeker.topics].filter((t) => provider.topics.has(t));
  const sharedMarkets = [...seeker.markets].filter((m) => provider.markets.has(m));
  const topicUnion = seeker.topics.size + provider.topics.size - sharedTopics.length;
  const topicJaccard = topicUnion === 0 ? 0 : sharedTopics.length / topicUnion;
  const lift = CONTEXT_BASE + TOPIC_WEIGHT * topicJaccard + MARKET_WEIGHT * (sharedMarkets.length > 0 ? 1 : 0);
  return { score: need * lift, tagScore, textScore, matches, sharedTopics, sharedMarkets };
}

/**
 * f(seeker→provider) alone, without the parts an explanation needs: the same number as
 * `directedFit(...).score`, computed from the prepared sets (this runs for every candidate).
 */
export function fitScore(seeker: PreparedProfile, provider: PreparedProfile): number {
  const seeks = seeker.profile.seeks;
  if (seeks.length === 0 && seeker.seekVector.ids.length === 0) return 0;
  let credit = 0;
  for (let i = 0; i < seeks.length; i++) {
    const s = seeks[i]!;
    const parent = seeker.seekParents[i]!;
    // tagCredit: the same tag (1), or meeting at the parent level (0.5): s is an offer's parent,
    // or s's parent is an offer or an offer's parent.
    if (provider.offerSet.has(s)) credit += 1;
    else if (provider.offerKeySet.has(s) || (parent !== '' && provider.offerKeySet.has(parent))) credit += 0.5;
  }
  const tagScore = seeks.length === 0 ? 0 : credit / seeks.length;
  const similarity = cosine(seeker.seekVector, provider.offerVector);
  const textScore = similarity < TEXT_FLOOR ? 0 : similarity;
  const need = TAG_WEIGHT * tagScore + (1 - TAG_WEIGHT) * textScore;
  if (need <= 0) return 0;
  let topics = 0;
  for (const t of seeker.topics) if (provider.topics.has(t)) topics++;
  const topicUnion = seeker.topics.size + provider.topics.size - topics;
  let market = 0;
  for (const m of seeker.markets) if (provider.markets.has(m)) market = 1;
  const lift = CONTEXT_BASE + TOPIC_WEIGHT * (topicUnion === 0 ? 0 : topics / topicUnion) + MARKET_WEIGHT * market;
  return need * lift;
}

/** The pair's score: the harmonic mean of both directions; zero if either is zero. */
export function pairScore(forward: number, backward: number): number {
  if (!(forward > 0) || !(backward > 0)) return 0;
  return (2 * forward * backward) / (forward + backward);
}

/** A market as compared: folded, spaces dropped, so "Hà Nội", "Ha Noi" and "Hanoi" are one. */
export function marketKey(market: string): string {
  return foldText(market).replace(/ /g, '');
}

/** The languages both speak, in the viewer's order. */
export function sharedLanguages(a: PreparedProfile, b: PreparedProfile): string[] {
  return [...a.languages].filter((l) => b.languages.has(l));
}
