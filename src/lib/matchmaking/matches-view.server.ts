// What /{lang}/matchmaking/ shows one delegate: their ranked matches with score and reasons in
// their language, the showcase products meeting their needs (with the exhibitor staff one may
// ask to meet) and the programme sessions speaking to them. Assembles lib results; no rules here.
import { inArray } from 'drizzle-orm';
import { getDb } from '~db/client';
import { exhibitorMembers } from '~db/schema';
import { getProgramme } from '~/lib/content/programme';
import { showcaseCatalogue } from '~/lib/showcase/catalogue.server';
import { text, type Lang } from '~/lib/i18n/locales';
import { localizedPath } from '~/lib/seo/alternates';
import { explainReasons, reasonsFor } from './explain';
import { getMatchIndex, recommendationsFor } from './recommendations.server';
import { getTaxonomy } from './taxonomy-content';
import { productsForNeeds, sessionsForNeeds } from './needs-match';
import { requestedPeople } from './my-meetings.server';
import { getProfile } from './profiles.server';
import { hasMatchmakingConsent } from './participation.server';
import type { MatchFilters } from './recommend';

/** One match as the page renders it. */
export interface MatchView {
  userId: string;
  fullName: string;
  organisation: string;
  organisationType: string;
  country: string;
  /** 0–100, rounded. */
  score: number;
  reasons: string[];
}

/** A product or session that meets the delegate's needs. */
export interface NeedsItemView {
  slug: string;
  title: string;
  href: string;
  /** For a product: the exhibitor and the staff visible to matchmaking (to request a meeting with). */
  exhibitor?: string;
  staff?: { userId: string; fullName: string }[];
}

/** The page's data; `state` says why there are no matches when there are none. */
export interface MatchesView {
  state: 'ok' | 'no-consent' | 'no-profile';
  matches: MatchView[];
  products: NeedsItemView[];
  sessions: NeedsItemView[];
  /** Filter choices: sectors (taxonomy areas) with labels, countries and organisation types seen. */
  sectors: { id: string; label: string }[];
}

/** The signed-in delegate's matches page, in `lang`. */
export async function matchesView(
  userId: string,
  lang: Lang,
  filters: MatchFilters,
  now = new Date(),
): Promise<MatchesView> {
  const taxonomy = await getTaxonomy();
  const sectors = [...taxonomy.byId.values()]
    .filter((t) => t.parent === undefined && t.facet === 'area')
    .map((t) => ({ id: t.id, label: text(t.label, lang) }));
  const empty = { matches: [], products: [], sessions: [], sectors };
  if (!hasMatchmakingConsent(userId)) return { state: 'no-consent', ...empty };
  const profile = getProfile(userId);
  if (!profile) return { state: 'no-profile', ...empty };
  const programme = await getProgramme();
  const topicLabels = new Map(programme.tags.map((t) => [t.slug, t.label]));
  const found = recommendationsFor({
    viewerId: userId,
    taxonomy,
    filters,
    limit: 10,
    requested: requestedPeople(userId, now),
    now,
  });
  const index = getMatchIndex(taxonomy);
  const viewer = index.entries[index.positionOf.get(userId) ?? -1];
  const matches = found.map((m): MatchView => {
    const them = index.entries[index.positionOf.get(m.userId)!]!;
    const reasons = viewer
      ? explainReasons(reasonsFor(m, viewer, them, index.model), lang, { taxonomy, topicLabels })
      : [];
    return {
      userId: m.userId,
      fullName: m.profile.fullName,
      organisation: m.profile.organisation,
      organisationType: m.profile.organisationType,
      country: m.profile.country,
      score: Math.round(m.score * 100),
      reasons,
    };
  });
  const catalogue = await showcaseCatalogue();
  const bySlug = new Map(catalogue.map((p) => [p.slug, p]));
  const productHits = productsForNeeds(
    profile,
    catalogue.map((p) => ({ slug: p.slug, exhibitor: p.exhibitor.id, category: p.category, tags: p.tags })),
    taxonomy,
  );
  const staff = staffOf(
    productHits.map((h) => bySlug.get(h.slug)!.exhibitor.id),
    userId,
    index.positionOf,
  );
  const products = productHits.map((h): NeedsItemView => {
    const p = bySlug.get(h.slug)!;
    return {
      slug: h.slug,
      title: text(p.name, lang),
      href: localizedPath(lang, `/showcase/${h.slug}/`),
      exhibitor: text(p.exhibitor.name, lang),
      staff: staff.get(p.exhibitor.id) ?? [],
    };
  });
  const sessions = sessionsForNeeds(profile, programme.sessions, taxonomy).map((h): NeedsItemView => {
    const s = programme.sessionBySlug.get(h.slug)!;
    return { slug: h.slug, title: text(s.title, lang), href: localizedPath(lang, `/sessions/${h.slug}/`) };
  });
  return { state: 'ok', matches, products, sessions, sectors };
}

/** Staff of exhibitor organisations who are visible to matchmaking (not the viewer). */
function staffOf(orgIds: string[], viewerId: string, visible: ReadonlyMap<string, number>) {
  const out = new Map<string, { userId: string; fullName: string }[]>();
  if (orgIds.length === 0) return out;
  const index = getDb()
    .select({ org: exhibitorMembers.organisationId, userId: exhibitorMembers.userId })
    .from(exhibitorMembers)
    .where(inArray(exhibitorMembers.organisationId, [...new Set(orgIds)]))
    .all();
  for (const r of index) {
    if (r.userId === viewerId || !visible.has(r.userId)) continue;
    const p = getProfile(r.userId);
    if (!p || p.hidden || !p.acceptsRequests) continue;
    out.set(r.org, [...(out.get(r.org) ?? []), { userId: r.userId, fullName: p.fullName }]);
  }
  return out;
}
