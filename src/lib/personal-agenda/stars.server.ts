// A delegate's stars in the database, checked against the programme mirror: starring one
// session and merging the browser's stars, with the rules of stars.ts applied.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '~db/client';
import { programmeSessions, stars } from '~db/schema';
import { splitForMerge, starRefusal, type SlugStatus, type StarRefusal } from './stars';

export type { SlugStatus } from './stars';

/** The delegate's starred slugs, oldest first. */
export function listStars(userId: string): string[] {
  return getDb()
    .select({ slug: stars.sessionSlug })
    .from(stars)
    .where(eq(stars.userId, userId))
    .orderBy(asc(stars.createdAt), asc(stars.sessionSlug))
    .all()
    .map((r) => r.slug);
}

/** Looks each slug up in the programme mirror. */
export function slugStatuses(slugs: readonly string[]): Map<string, SlugStatus> {
  const found = slugs.length
    ? getDb()
        .select({ slug: programmeSessions.slug, cancelledAt: programmeSessions.cancelledAt })
        .from(programmeSessions)
        .where(inArray(programmeSessions.slug, [...slugs]))
        .all()
    : [];
  const bySlug = new Map(found.map((r) => [r.slug, r.cancelledAt ? ('cancelled' as const) : ('ok' as const)]));
  return new Map(slugs.map((s) => [s, bySlug.get(s) ?? 'unknown']));
}

/** Stars or unstars one session (idempotent). The caller has checked the slug. */
export function setStar(userId: string, slug: string, starred: boolean, now = new Date()): void {
  const db = getDb();
  if (starred) {
    db.insert(stars).values({ userId, sessionSlug: slug, createdAt: now }).onConflictDoNothing().run();
  } else {
    db.delete(stars)
      .where(and(eq(stars.userId, userId), eq(stars.sessionSlug, slug)))
      .run();
  }
}

/** Adds every slug to the delegate's stars in one transaction (the union of both sides). */
export function addStars(userId: string, slugs: readonly string[], now = new Date()): void {
  if (slugs.length === 0) return;
  getDb().transaction((tx) => {
    for (const slug of slugs)
      tx.insert(stars).values({ userId, sessionSlug: slug, createdAt: now }).onConflictDoNothing().run();
  });
}

/** Why a star change on this session is refused, or null (looked up in the programme mirror). */
export function checkStar(slug: string, starred: boolean): StarRefusal | null {
  return starRefusal(slugStatuses([slug]).get(slug) ?? 'unknown', starred);
}

/** Stars or unstars a session on the programme; returns the delegate's stars, or why not. */
export function changeStar(
  userId: string,
  slug: string,
  starred: boolean,
): { ok: true; slugs: string[] } | { ok: false; refusal: StarRefusal } {
  const refusal = checkStar(slug, starred);
  if (refusal) return { ok: false, refusal };
  setStar(userId, slug, starred);
  return { ok: true, slugs: listStars(userId) };
}

/** Merges the browser's stars into the account; returns the account's stars and the slugs left out. */
export function mergeBrowserStars(userId: string, slugs: readonly string[]): { slugs: string[]; ignored: string[] } {
  const { accepted, ignored } = splitForMerge(slugs, slugStatuses(slugs));
  addStars(userId, accepted);
  return { slugs: listStars(userId), ignored };
}
