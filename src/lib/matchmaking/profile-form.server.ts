// The choices the profile form offers, in one language: taxonomy tags grouped under their
// top level ("Smart mobility › Traffic sensors"), sectors, programme topics and the B2B slots.
import { getDb } from '~db/client';
import { getProgramme } from '~/lib/content/programme';
import { text, type Lang } from '~/lib/i18n/locales';
import { formatEventTimeRange } from '~/lib/time/event-time';
import { loadSlots } from './blocks.server';
import { getTaxonomy } from './taxonomy-content';

/** One option; `group` is the label of its top-level tag. */
export interface Choice {
  id: string;
  label: string;
}

/** Every choice of the form. */
export interface ProfileChoices {
  tagGroups: { label: string; tags: Choice[] }[];
  sectors: Choice[];
  topics: Choice[];
  slots: Choice[];
}

/** The form's choices in `lang`. */
export async function profileChoices(lang: Lang): Promise<ProfileChoices> {
  const [taxonomy, programme] = await Promise.all([getTaxonomy(), getProgramme()]);
  const tags = [...taxonomy.byId.values()];
  const roots = tags.filter((t) => t.parent === undefined);
  const titles = new Map(programme.sessions.map((s) => [s.slug, text(s.title, lang)]));
  return {
    tagGroups: roots.map((r) => ({
      label: text(r.label, lang),
      tags: [r, ...tags.filter((t) => taxonomy.rootOf.get(t.id) === r.id && t.id !== r.id)].map((t) => ({
        id: t.id,
        label: t.id === r.id ? text(t.label, lang) : `${text(r.label, lang)} › ${text(t.label, lang)}`,
      })),
    })),
    sectors: roots.filter((r) => r.facet === 'area').map((r) => ({ id: r.id, label: text(r.label, lang) })),
    topics: programme.tags.map((t) => ({ id: t.slug, label: text(t.label, lang) })),
    slots: loadSlots(getDb()).map((s) => ({
      id: s.id,
      label: `${titles.get(s.block) ?? s.block}: ${formatEventTimeRange(s.startsAt, s.endsAt)}`,
    })),
  };
}
