// Diacritic-insensitive search over showcase products: the folded text a product is found by,
// and whether a visitor's query matches it ("ha noi" finds "Hà Nội", "DA NANG" finds "Đà Nẵng").
// Why a stored folded column (exhibitor_products.search_text) and not FTS5: FTS5's
// remove_diacritics 2 strips tone marks but keeps đ, so "do thi so" would miss "đô thị số"; the
// column is written by the same foldText in the approval transaction, is right after a restart with
// no index to rebuild, and a LIKE scan over an event's few hundred products takes microseconds.
import { foldText, foldedWords } from '~/lib/text/fold';
import type { Localized } from '~/lib/i18n/locales';

/** Everything a product is found by, in both languages. */
export interface SearchableParts {
  name: Localized;
  summary: Localized;
  description: Localized;
  tags: Localized[];
  exhibitor: Localized;
  deployedIn?: Localized[];
}

/** Longest query honoured; longer input is cut (a search box, not a document). */
export const MAX_QUERY_LENGTH = 100;

const both = (l: Localized) => [l.vi ?? '', l.en ?? ''];

/**
 * The folded search text of a product, padded with spaces so " word" finds a word start both
 * here and in SQL (`search_text LIKE '% word%'`). Stored in exhibitor_products.search_text.
 */
export function searchText(p: SearchableParts): string {
  const parts = [
    ...both(p.name),
    ...both(p.summary),
    ...both(p.description),
    ...p.tags.flatMap(both),
    ...both(p.exhibitor),
    ...(p.deployedIn ?? []).flatMap(both),
  ];
  return ` ${foldText(parts.join(' '))} `;
}

/** The folded words of a query (cut to MAX_QUERY_LENGTH); empty means "no search". */
export function queryWords(query: string): string[] {
  return foldedWords(query.slice(0, MAX_QUERY_LENGTH)).slice(0, 10);
}

/**
 * True when the query's words occur in a row, the first at a word start (so "ai" does not match
 * "thai", and "electric bus" matches "electric buses"). A phrase, not a bag of words: Vietnamese
 * words are several syllables, and "da nang" must not match "đã … năng lượng".
 */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  return words.length === 0 || text.includes(` ${words.join(' ')}`);
}

/** The SQL LIKE pattern for the same rule over the stored column (folded words hold no % or _). */
export function likePattern(words: readonly string[]): string {
  return `% ${words.join(' ').replace(/[%_\\]/g, '')}%`;
}
