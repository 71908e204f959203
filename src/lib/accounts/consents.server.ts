// Consent records: given with the text version and time, withdrawn by stamping the row
// (the history stays as proof, per the privacy notice), and read back for /me/ and matchmaking.
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '~db/client';
import { consents, users } from '~db/schema';
import { markProfilesChanged } from '~/lib/matchmaking/profiles-version.server';
import { leaveMatchmaking } from '~/lib/matchmaking/participation.server';
import {
  CONSENT_TEXT_VERSION,
  OPTIONAL_CONSENTS,
  type ConsentKind,
  type OptionalConsent,
} from '~/lib/accounts/consents';

/** A consent currently in force. */
export interface ActiveConsent {
  kind: ConsentKind;
  textVersion: string;
  givenAt: Date;
}

/** Records consents given now (inside the caller's transaction). */
export function recordConsents(tx: Tx | Db, userId: string, kinds: readonly ConsentKind[], now = new Date()): void {
  for (const kind of kinds) {
    tx.insert(consents).values({ userId, kind, textVersion: CONSENT_TEXT_VERSION, givenAt: now }).run();
  }
}

/** The consents a user has in force, one per kind. */
export function activeConsents(userId: string, db: Tx | Db = getDb()): ActiveConsent[] {
  return db
    .select({ kind: consents.kind, textVersion: consents.textVersion, givenAt: consents.givenAt })
    .from(consents)
    .where(and(eq(consents.userId, userId), isNull(consents.withdrawnAt)))
    .all();
}

/**
 * Brings the listed optional consents to the wanted state inside the caller's transaction
 * (kinds left out are untouched): new ones are recorded with today's text version, dropped
 * ones are stamped withdrawn and their effects applied (onConsentWithdrawn) in the same transaction.
 */
export function applyOptionalConsents(
  tx: Tx | Db,
  userId: string,
  wanted: Partial<Record<OptionalConsent, boolean>>,
  now = new Date(),
): void {
  const active = new Set(activeConsents(userId, tx).map((c) => c.kind));
  for (const kind of OPTIONAL_CONSENTS) {
    const want = wanted[kind];
    if (want === undefined) continue;
    if (want && !active.has(kind)) recordConsents(tx, userId, [kind], now);
    if (!want && active.has(kind)) {
      tx.update(consents)
        .set({ withdrawnAt: now })
        .where(and(eq(consents.userId, userId), eq(consents.kind, kind), isNull(consents.withdrawnAt)))
        .run();
      onConsentWithdrawn(userId, kind, tx, now);
    }
  }
  // Giving or withdrawing the matchmaking consent changes who is matchable: the cached index is stale.
  if (wanted.matchmaking !== undefined) markProfilesChanged();
}

/**
 * What withdrawing a consent changes beyond the record, inside the withdrawal's transaction:
 * the data that may only be kept or shown under that consent goes.
 */
export function onConsentWithdrawn(userId: string, kind: OptionalConsent, tx: Tx | Db, now = new Date()): void {
  switch (kind) {
    case 'accessibility':
      // Sensitive data: the needs may only be kept under their own consent.
      tx.update(users)
        .set({ accessibility: { wheelchair: false, signLanguage: false, other: '' }, updatedAt: now })
        .where(eq(users.id, userId))
        .run();
      return;
    case 'matchmaking':
      // Leaving matchmaking hides the profile and cancels the person's pending requests, sent or
      // received, in this same transaction; the other sides' emails are queued with it.
      leaveMatchmaking(tx, userId, now)();
      return;
    case 'contact-sharing':
    case 'news':
      // Read at the time of use (exhibitor leads, newsletters): nothing stored to remove.
      return;
  }
}

/** applyOptionalConsents in its own transaction (the consents form on /me/). */
export function setOptionalConsents(
  userId: string,
  wanted: Partial<Record<OptionalConsent, boolean>>,
  now = new Date(),
): void {
  getDb().transaction((tx) => applyOptionalConsents(tx, userId, wanted, now), { behavior: 'immediate' });
}
