// The ids a profile update is checked against, from content (taxonomy, programme tags) and the
// B2B slots derived from the programme mirror.
import { getDb } from '~db/client';
import { getProgramme } from '~/lib/content/programme';
import { loadSlots } from './blocks.server';
import { getTaxonomy } from './taxonomy-content';
import type { ProfileVocabulary } from './profile';

/** The vocabulary of profile updates as it stands now. */
export async function profileVocabulary(): Promise<ProfileVocabulary> {
  const [taxonomy, programme] = await Promise.all([getTaxonomy(), getProgramme()]);
  const tags = [...taxonomy.byId.values()];
  return {
    needIds: tags.map((t) => t.id),
    areaIds: tags.filter((t) => t.parent === undefined && t.facet === 'area').map((t) => t.id),
    topicIds: programme.tags.map((t) => t.slug),
    slotIds: loadSlots(getDb()).map((s) => s.id),
  };
}
