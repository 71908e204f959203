// Stable product slugs: made once from the English name, never changed by later edits, and
// distinct from every curated product and every other exhibitor product.
import { foldText } from '~/lib/text/fold';

/** A URL slug from a name: folded (đ→d, no marks), words joined by "-", at most 60 characters. */
export function slugify(name: string): string {
  const base = foldText(name)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'product';
}

/** The first free slug among `base`, `base-2`, `base-3`…; `taken` answers for one candidate. */
export function uniqueSlug(name: string, taken: (slug: string) => boolean): string {
  const base = slugify(name);
  if (!taken(base)) return base;
  for (let i = 2; i < 10_000; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
  throw new Error('no free slug');
}
