// The matchmaking taxonomy from content (content/taxonomy/needs.yaml), indexed once per process.
import { getCollection } from 'astro:content';
import { buildTaxonomy, type Taxonomy } from '~/lib/matchmaking/taxonomy';

let cached: Promise<Taxonomy> | undefined;

/** The taxonomy organisers edit, as the scorer reads it (entries are checked by the content checks). */
export function getTaxonomy(): Promise<Taxonomy> {
  cached ??= getCollection('needs').then((entries) =>
    buildTaxonomy(entries.map((e) => ({ ...e.data, topics: e.data.topics.map((t) => t.id) }))),
  );
  return cached;
}
