// Matchmaking profiles and blocks in the database: who is visible (matchmaking consent in
// force), reading and saving one profile, blocking and unblocking.
import { and, eq, exists, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '~db/client';
import { consents, matchmakingAvailability, matchmakingBlocks, matchmakingProfiles, users } from '~db/schema';
import { markProfilesChanged } from '~/lib/matchmaking/profiles-version.server';
import { replaceAvailability } from '~/lib/matchmaking/availability.server';
import type { MatchmakingProfile, ProfileUpdate } from '~/lib/matchmaking/profile';

const columns = {
  userId: users.id,
  fullName: users.fullName,
  organisation: users.organisation,
  organisationType: users.category,
  country: users.country,
  topics: users.topics,
  sectors: matchmakingProfiles.sectors,
  offers: matchmakingProfiles.offers,
  seeks: matchmakingProfiles.seeks,
  offerText: matchmakingProfiles.offerText,
  seekText: matchmakingProfiles.seekText,
  markets: matchmakingProfiles.markets,
  languages: matchmakingProfiles.languages,
  availability: sql<string>`(select json_group_array(${matchmakingAvailability.slotId}) from ${matchmakingAvailability}
    where ${matchmakingAvailability.userId} = ${users.id})`.mapWith((v: string) => JSON.parse(v) as string[]),
  hidden: matchmakingProfiles.hidden,
  acceptsRequests: matchmakingProfiles.acceptsRequests,
};

function hasMatchmakingConsent() {
  return exists(
    getDb()
      .select({ one: sql`1` })
      .from(consents)
      .where(and(eq(consents.userId, users.id), eq(consents.kind, 'matchmaking'), isNull(consents.withdrawnAt))),
  );
}

/** Every profile that may be shown: the owner's matchmaking consent is in force (hidden ones included, for exclusion). */
export function loadVisibleProfiles(): MatchmakingProfile[] {
  return getDb()
    .select(columns)
    .from(matchmakingProfiles)
    .innerJoin(users, eq(users.id, matchmakingProfiles.userId))
    .where(hasMatchmakingConsent())
    .all();
}

/** The delegate's own profile (whatever their consent), or undefined if they have none yet. */
export function getProfile(userId: string): MatchmakingProfile | undefined {
  return getDb()
    .select(columns)
    .from(matchmakingProfiles)
    .innerJoin(users, eq(users.id, matchmakingProfiles.userId))
    .where(eq(users.id, userId))
    .get();
}

/**
 * Creates or replaces the delegate's profile, in one transaction: topics live on the user, the
 * slots they are free in in matchmaking_availability (checked against the current slots by
 * ProfileUpdate's schema). Then refreshes the index.
 */
export function saveProfile(userId: string, update: ProfileUpdate, now = new Date()): void {
  const { topics, availability, ...own } = update;
  getDb().transaction(
    (tx) => {
      tx.update(users).set({ topics, updatedAt: now }).where(eq(users.id, userId)).run();
      tx.insert(matchmakingProfiles)
        .values({ userId, ...own, updatedAt: now })
        .onConflictDoUpdate({ target: matchmakingProfiles.userId, set: { ...own, updatedAt: now } })
        .run();
      replaceAvailability(tx, userId, availability);
    },
    { behavior: 'immediate' },
  );
  markProfilesChanged();
}

/** Blocks or unblocks a person (idempotent). Blocks take effect on the next recommendation. */
export function setBlocked(blockerId: string, blockedId: string, blocked: boolean, now = new Date()): void {
  const db = getDb();
  if (blocked) {
    db.insert(matchmakingBlocks).values({ blockerId, blockedId, createdAt: now }).onConflictDoNothing().run();
  } else {
    db.delete(matchmakingBlocks)
      .where(and(eq(matchmakingBlocks.blockerId, blockerId), eq(matchmakingBlocks.blockedId, blockedId)))
      .run();
  }
}

/** Everyone the delegate blocked and everyone who blocked them: never shown to each other. */
export function blockedEitherWay(userId: string): Set<string> {
  const rows = getDb()
    .select({ blockerId: matchmakingBlocks.blockerId, blockedId: matchmakingBlocks.blockedId })
    .from(matchmakingBlocks)
    .where(or(eq(matchmakingBlocks.blockerId, userId), eq(matchmakingBlocks.blockedId, userId)))
    .all();
  return new Set(rows.map((r) => (r.blockerId === userId ? r.blockedId : r.blockerId)));
}

/** Whether `blockerId` blocked `blockedId` (for refusing a request). */
export function isBlocked(blockerId: string, blockedId: string): boolean {
  return (
    getDb()
      .select({ one: sql`1` })
      .from(matchmakingBlocks)
      .where(and(eq(matchmakingBlocks.blockerId, blockerId), eq(matchmakingBlocks.blockedId, blockedId)))
      .get() !== undefined
  );
}

/** The people a delegate blocked, with their names (for the unblock list). */
export function blockedByMe(userId: string): { userId: string; fullName: string; organisation: string }[] {
  return getDb()
    .select({ userId: users.id, fullName: users.fullName, organisation: users.organisation })
    .from(matchmakingBlocks)
    .innerJoin(users, eq(users.id, matchmakingBlocks.blockedId))
    .where(eq(matchmakingBlocks.blockerId, userId))
    .all();
}
