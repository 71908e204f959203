// The matchmaking taxonomy as the scorer reads it: tags by id, each with its parent and
// top-level ancestor, and how a tag is named in a reason ("traffic sensors (smart mobility)").
import { text, type Lang, type Localized } from '~/lib/i18n/locales';
import type { NeedFacet } from '~/lib/content/vocabulary';

/** One tag of the taxonomy, as written in content/taxonomy/needs.yaml. */
export interface NeedTag {
  id: string;
  label: Localized;
  parent?: string | undefined;
  facet?: NeedFacet | undefined;
  productCategories?: readonly string[] | undefined;
  topics?: readonly string[] | undefined;
}

/** The taxonomy, indexed for lookups; built once from content. */
export interface Taxonomy {
  byId: ReadonlyMap<string, NeedTag>;
  /** Each tag's top-level ancestor (itself at the top). */
  rootOf: ReadonlyMap<string, string>;
}

/** Indexes the tags (already checked by the content checks: unique ids, no cycles). */
export function buildTaxonomy(tags: readonly NeedTag[]): Taxonomy {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const rootOf = new Map<string, string>();
  for (const t of tags) {
    let at = t;
    for (let depth = 0; at.parent !== undefined && byId.has(at.parent) && depth < tags.length; depth++) {
      at = byId.get(at.parent)!;
    }
    rootOf.set(t.id, at.id);
  }
  return { byId, rootOf };
}

/** The tag's parent id, or undefined at the top (or for an unknown tag). */
export function parentOf(taxonomy: Taxonomy, id: string): string | undefined {
  return taxonomy.byId.get(id)?.parent;
}

/** The facet of the tag's top-level ancestor: an area of the city, or a kind of thing. */
export function facetOf(taxonomy: Taxonomy, id: string): NeedFacet | undefined {
  const root = taxonomy.rootOf.get(id);
  return root === undefined ? undefined : taxonomy.byId.get(root)?.facet;
}

/** The keys a tag matches on: itself and its parent (where half credit is earned). */
export function matchKeys(taxonomy: Taxonomy, id: string): string[] {
  const parent = parentOf(taxonomy, id);
  return parent === undefined ? [id] : [id, parent];
}

/**
 * Credit for one sought tag against one offered tag: 1 for the same tag, 0.5 when they meet at
 * the parent level (one is the other's parent, or both share a parent), else 0.
 */
export function tagCredit(taxonomy: Taxonomy, sought: string, offered: string): number {
  if (sought === offered) return 1;
  const ps = parentOf(taxonomy, sought);
  const po = parentOf(taxonomy, offered);
  if (po === sought || ps === offered || (ps !== undefined && ps === po)) return 0.5;
  return 0;
}

/** The tag's label in `lang`, lower-cased for the middle of a sentence; the id if unknown. */
export function tagLabel(taxonomy: Taxonomy, id: string, lang: Lang): string {
  const tag = taxonomy.byId.get(id);
  return tag ? lowerFirst(text(tag.label, lang)) : id;
}

/** "traffic sensors (smart mobility)": the label with its parent's, for a reason. */
export function tagLabelWithParent(taxonomy: Taxonomy, id: string, lang: Lang): string {
  const parent = parentOf(taxonomy, id);
  const own = tagLabel(taxonomy, id, lang);
  return parent === undefined ? own : `${own} (${tagLabel(taxonomy, parent, lang)})`;
}

// Labels are written capitalised for lists; in a sentence only the first letter drops, so
// acronyms such as "GIS" or "AI" keep their case.
function lowerFirst(s: string): string {
  if (s.length > 1 && s[1] === s[1]!.toUpperCase() && s[1] !== s[1].toLowerCase()) return s;
  return s.charAt(0).toLocaleLowerCase() + s.slice(1);
}
