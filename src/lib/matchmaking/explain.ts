// Why a match was made, in the viewer's language: one reason per direction, each traceable
// to profile fields (their offers ↔ your seeks, your offers ↔ their seeks, the free texts),
// then shared topics, markets and languages, or a warning that no language is shared.
import { foldText } from '~/lib/text/fold';
import { text, type Lang, type Localized } from '~/lib/i18n/locales';
import { matchmakingMessages } from '~/lib/i18n/messages/matchmaking';
import { sharedWords, type TextModel } from '~/lib/matchmaking/text-similarity';
import { tagLabel, tagLabelWithParent, type Taxonomy } from '~/lib/matchmaking/taxonomy';
import { marketKey, type DirectedFit, type PreparedProfile } from '~/lib/matchmaking/fit';
import type { Match } from '~/lib/matchmaking/recommend';

/** One reason, naming the profile fields it comes from. */
export type Reason =
  | { kind: 'they-offer'; offered: string[]; sought: string[] }
  | { kind: 'you-offer'; offered: string[]; sought: string[] }
  | { kind: 'their-text'; words: string[] }
  | { kind: 'your-text'; words: string[] }
  | { kind: 'topics'; topics: string[] }
  | { kind: 'markets'; markets: string[] }
  | { kind: 'languages'; languages: string[] }
  | { kind: 'no-language' };

/** The reasons of a match, forward direction first (`model`: the index's text model, for words). */
export function reasonsFor(match: Match, viewer: PreparedProfile, them: PreparedProfile, model: TextModel): Reason[] {
  const reasons: Reason[] = [];
  const direction = (fit: DirectedFit, seeker: PreparedProfile, provider: PreparedProfile, forward: boolean) => {
    const matches = [...fit.matches].sort((a, b) => b.credit - a.credit).slice(0, 3);
    if (matches.length > 0) {
      const offered = unique(matches.map((m) => m.offered));
      const sought = unique(matches.map((m) => m.sought));
      reasons.push({ kind: forward ? 'they-offer' : 'you-offer', offered, sought });
    } else {
      const folded = sharedWords(seeker.seekVector, provider.offerVector, model);
      const words = folded.map((w) => originalWord(provider.profile.offerText, w));
      reasons.push({ kind: forward ? 'their-text' : 'your-text', words });
    }
  };
  direction(match.forward, viewer, them, true);
  direction(match.backward, them, viewer, false);
  const topics = unique([...match.forward.sharedTopics, ...match.backward.sharedTopics]);
  if (topics.length > 0) reasons.push({ kind: 'topics', topics });
  const markets = viewer.profile.markets.filter((m) => them.markets.has(marketKey(m)));
  if (markets.length > 0) reasons.push({ kind: 'markets', markets });
  reasons.push(
    match.languages.length > 0 ? { kind: 'languages', languages: match.languages } : { kind: 'no-language' },
  );
  return reasons;
}

/** What the explanation needs besides the reasons: the taxonomy and programme tag labels. */
export interface ExplainVocabulary {
  taxonomy: Taxonomy;
  topicLabels: ReadonlyMap<string, Localized>;
}

/** The reasons as sentences in `lang`. */
export function explainReasons(reasons: readonly Reason[], lang: Lang, v: ExplainVocabulary): string[] {
  const m = matchmakingMessages[lang];
  const list = (items: string[]) => joinList(items, m.and);
  const withParent = (ids: string[]) => list(ids.map((id) => tagLabelWithParent(v.taxonomy, id, lang)));
  const plain = (ids: string[]) => list(ids.map((id) => tagLabel(v.taxonomy, id, lang)));
  const quoted = (words: string[]) => list(words.map((w) => `“${w}”`));
  return reasons.map((r) => {
    switch (r.kind) {
      case 'they-offer':
        return m.reasons.theyOffer(withParent(r.offered), plain(r.sought));
      case 'you-offer':
        return m.reasons.youOffer(withParent(r.offered), plain(r.sought));
      case 'their-text':
        return m.reasons.theirTextMatches(quoted(r.words));
      case 'your-text':
        return m.reasons.yourTextMatches(quoted(r.words));
      case 'topics':
        return m.reasons.sharedTopics(
          list(r.topics.map((t) => lowerFirst(text(v.topicLabels.get(t) ?? { en: t }, lang)))),
        );
      case 'markets':
        return m.reasons.sharedMarkets(list(r.markets));
      case 'languages':
        return m.reasons.sharedLanguages(list(r.languages.map((l) => languageName(l, lang))));
      case 'no-language':
        return m.reasons.noSharedLanguage;
    }
  });
}

/** A language's name in `lang`: from the catalogue for vi/en, from Intl for the others. */
export function languageName(code: string, lang: Lang): string {
  if (code === 'vi' || code === 'en') return matchmakingMessages[lang].languages[code];
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  // Mid-sentence, English capitalises language names; Vietnamese writes "tiếng Nhật".
  return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name.charAt(0).toLowerCase() + name.slice(1);
}

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

// Shared words are compared folded; show them as the provider wrote them.
function originalWord(source: string, folded: string): string {
  return source.split(/[^\p{L}\p{N}]+/u).find((w) => foldText(w) === folded) ?? folded;
}

function lowerFirst(s: string): string {
  return s.length > 1 && s[1] !== s[1]!.toLowerCase() ? s : s.charAt(0).toLocaleLowerCase() + s.slice(1);
}
