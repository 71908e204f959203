// Accounts created outside the registration form (organisers by `npm run admin:create`, the
// demo accounts of the seed script), and looking an account up by its address for an email.
// Registration itself lives in src/lib/registration.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { users, type Role } from '../../../db/schema';
import { hashPassword } from '../server/auth/password';
import { newUserId } from './ids';
import { recordConsents } from './consents.server';
import type { ConsentKind } from './consents';
import type { Lang } from '../i18n/locales';

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

/** Who to write to at an address (id, name, language), or undefined when it has no account. */
export function findAccountByEmail(email: string) {
  return getDb()
    .select({ id: users.id, fullName: users.fullName, language: users.language })
    .from(users)
    .where(eq(users.email, email))
    .get();
}
