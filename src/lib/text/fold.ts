// Diacritic-insensitive text for Vietnamese and English search and matching: the one place
// that decides when two words are "the same" regardless of tone marks, đ/Đ and case.

// NFD splits a precomposed letter into base + combining marks (U+0300–U+036F), which also
// handles stacked tone marks (ế = e + ◌̂ + ◌́) and input that arrives already decomposed.
// đ/Đ (U+0111/U+0110) are letters of their own, not marked d's, so NFD leaves them: map them by hand.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds text for comparison: NFD, marks removed, đ→d, lower case, runs of non-letters/digits to one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a text, in order (empty strings dropped). */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}
