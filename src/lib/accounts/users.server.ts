// Every query of the `users` table (as the Lucia guide keeps them in user.ts): creating accounts
// (registration, `npm run admin:create`, the seed), looking them up, and changing a password or
// the verified mark. Callers pass their transaction where the write is part of a larger one.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '~db/client';
import { users, type Role } from '~db/schema';
import { hashPassword } from '~/lib/server/auth/password';
import type { Lang } from '~/lib/i18n/locales';
import { newUserId } from './ids';
import { recordConsents } from './consents.server';
import type { ConsentKind } from './consents';

/** A ready-made account: verified, with the given role and consents. */
export interface DirectAccount {
  email: string;
  password: string;
  fullName: string;
  role: Role;
  language?: Lang;
  organisation?: string;
  jobTitle?: string;
  country?: string;
  category?: string;
  topics?: string[];
  consents?: ConsentKind[];
  isSample?: boolean;
}

/** Creates a verified account and returns its id; throws if the email is taken. */
export async function createAccountDirect(account: DirectAccount, now = new Date()): Promise<string> {
  const passwordHash = await hashPassword(account.password);
  const id = newUserId();
  getDb().transaction(
    (tx) => {
      tx.insert(users)
        .values({
          id,
          email: account.email.trim().toLowerCase(),
          emailVerifiedAt: now,
          passwordHash,
          role: account.role,
          fullName: account.fullName,
          organisation: account.organisation ?? '',
          jobTitle: account.jobTitle ?? '',
          country: account.country ?? '',
          category: account.category ?? '',
          topics: account.topics ?? [],
          language: account.language ?? 'vi',
          isSample: account.isSample ?? false,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      recordConsents(tx, id, account.consents ?? [], now);
    },
    { behavior: 'immediate' },
  );
  return id;
}

/** Makes an existing account an organiser (and sets its password when one is given); false if no such email. */
export async function promoteToOrganiser(email: string, password?: string): Promise<boolean> {
  const passwordHash = password ? await hashPassword(password) : undefined;
  const result = getDb()
    .update(users)
    .set({ role: 'organiser', updatedAt: new Date(), ...(passwordHash ? { passwordHash } : {}) })
    .where(eq(users.email, email.trim().toLowerCase()))
    .run();
  return result.changes > 0;
}

/** True when no account exists yet (the seed only writes into an empty database). */
export function hasNoAccounts(): boolean {
  return getDb().select({ id: users.id }).from(users).limit(1).get() === undefined;
}

/** The full names of accounts by id (ids without an account are left out). */
export function fullNamesById(ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = getDb()
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]))
    .all();
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** Who to write to at an address (id, name, language), or undefined when it has no account. */
export function findAccountByEmail(email: string) {
  return getDb()
    .select({ id: users.id, fullName: users.fullName, language: users.language })
    .from(users)
    .where(eq(users.email, email))
    .get();
}

/** The id and password hash for a sign-in address, or undefined when it has no account. */
export function findSignInByEmail(email: string) {
  return getDb()
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .get();
}

/** Whom to send a verification link: address, name, language and whether it is confirmed already. */
export function findVerificationTarget(userId: string, db: Db | Tx = getDb()) {
  return db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      language: users.language,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** The row a new delegate gets (profile columns from ~/lib/accounts/profile's profileColumns). */
export type NewDelegateRow = Omit<typeof users.$inferInsert, 'role' | 'emailVerifiedAt' | 'createdAt' | 'updatedAt'>;

/** Inserts a delegate's account inside the registration's transaction (throws on a taken address). */
export function insertDelegate(tx: Tx, row: NewDelegateRow, now: Date): void {
  tx.insert(users)
    .values({ ...row, role: 'delegate', createdAt: now, updatedAt: now })
    .run();
}

/** Marks an address confirmed, keeping the first confirmation time. */
export function markEmailVerified(tx: Db | Tx, userId: string, now: Date): void {
  tx.update(users)
    .set({ emailVerifiedAt: now })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
    .run();
}

/** Replaces an account's password hash. */
export function setPasswordHash(tx: Db | Tx, userId: string, passwordHash: string, now: Date): void {
  tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId)).run();
}

/** When an account confirmed its address (null: not yet), read inside the caller's transaction. */
export function findEmailVerifiedAt(tx: Db | Tx, userId: string): Date | null | undefined {
  return tx.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).get()?.verifiedAt;
}

/** Whom to write to about an account: address, name and language; undefined when it is gone. */
export function findMailRecipient(userId: string, db: Db | Tx = getDb()) {
  return db
    .select({ email: users.email, fullName: users.fullName, language: users.language })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** The mail recipients among `userIds` (missing accounts are left out). */
export function findMailRecipients(userIds: readonly string[], db: Db | Tx = getDb()) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, fullName: users.fullName, language: users.language })
    .from(users)
    .where(inArray(users.id, [...userIds]))
    .all();
}

/** An account's language, or undefined when it is gone. */
export function findUserLanguage(userId: string): Lang | undefined {
  return getDb().select({ language: users.language }).from(users).where(eq(users.id, userId)).get()?.language;
}

/** Name, organisation and address of an account, as an enquiry shows its sender. */
export function findContactCard(userId: string, db: Db | Tx = getDb()) {
  return db
    .select({ fullName: users.fullName, organisation: users.organisation, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** The id of the account at an address, if any. */
export function findUserIdByEmail(email: string, db: Db | Tx = getDb()): string | undefined {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id;
}

/** Gives an account a role (e.g. a delegate who accepted an exhibitor invitation). */
export function setRole(tx: Db | Tx, userId: string, role: Role, now: Date): void {
  tx.update(users).set({ role, updatedAt: now }).where(eq(users.id, userId)).run();
}

/** Inserts an exhibitor's account, verified by the invitation link it came through. */
export function insertInvitedExhibitor(
  tx: Tx,
  account: { id: string; email: string; passwordHash: string; fullName: string; language: Lang },
  now: Date,
): void {
  tx.insert(users)
    .values({ ...account, emailVerifiedAt: now, role: 'exhibitor', createdAt: now, updatedAt: now })
    .run();
}
