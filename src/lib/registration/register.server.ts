// Writes a registration: user, consents, ticket, verification token and the queued emails in
// ONE synchronous transaction (nothing half-created, no mail lost). An address that already has
// an account gets a mail saying so instead, and the caller answers exactly as for a new one.
import { getDb, type Tx } from '~db/client';
import { hashPassword } from '../server/auth/password';
import { emailRequestAccountLimiter } from '../server/auth/rate-limit';
import { issueTicket, newTicketCode } from '../tickets/tickets.server';
import { ticketFilename } from '../tickets/tickets';
import { recordConsents } from '../accounts/consents.server';
import { createEmailToken } from '../accounts/email-tokens.server';
import { findAccountByEmail, insertDelegate } from '../accounts/users.server';
import { accountExistsEmail, verificationEmail } from '../accounts/emails';
import { queueEmail } from '~/lib/email/send.server';
import { REHEARSAL_USER_ID, rehearseWrite } from '~/lib/server/equal-work.server';
import type { Lang } from '~/lib/i18n/locales';
import { absoluteUrl } from '../server/site-origin';
import type { ConsentKind } from '~/lib/accounts/consents';
import { newUserId } from '~/lib/accounts/ids';
import { confirmationEmail } from './emails';
import type { Registration } from './form';
import { profileColumns } from '~/lib/accounts/profile';

/** New and existing addresses look the same to the visitor; only the mailbox learns which it was. */
export type RegisterOutcome = { status: 'created'; userId: string } | { status: 'existing' };

function consentKinds(data: Registration): ConsentKind[] {
  const kinds: ConsentKind[] = ['registration'];
  if (data.consentMatchmaking) kinds.push('matchmaking');
  if (data.consentContactSharing) kinds.push('contact-sharing');
  if (data.consentAccessibility) kinds.push('accessibility');
  if (data.consentNews) kinds.push('news');
  return kinds;
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Registers a validated submission and queues the emails; see RegisterOutcome. A new and an
 * existing address do the same work — hash the password, spend from the account's mail budget, and one transaction that makes both the new-delegate writes and the
 * account-exists mail, one for real and the other rehearsed and rolled back — so the time taken
 * does not tell them apart.
 */
export async function register(data: Registration, now = new Date()): Promise<RegisterOutcome> {
  // The slow, async parts first so the transaction below stays synchronous and short.
  const passwordHash = await hashPassword(data.password);
  const ticketCode = newTicketCode();
  const db = getDb();
  const existing = findAccountByEmail(data.email);
  const userId = existing?.id ?? newUserId();
  // Repeated sign-ups for someone else's address must not flood their mailbox; a new account
  // spends from its own budget too, so the two cases stay alike.
  const budget = await emailRequestAccountLimiter.consume(userId);
  const delegate = { userId, passwordHash, ticketCode };
  if (!existing) {
    try {
      db.transaction(
        (tx) => {
          writeNewDelegate(tx, data, delegate, now);
          rehearseWrite(tx, (t) => queueAccountExists(t, data.email, { id: userId, ...data }));
        },
        { behavior: 'immediate' },
      );
      return { status: 'created', userId };
    } catch (err) {
      // Two submissions racing for one address: the loser is simply an existing account.
      if (!isUniqueViolation(err)) throw err;
    }
  }
  const account = existing ?? findAccountByEmail(data.email);
  const standIn = { ...data, email: `${crypto.randomUUID()}@rehearsal.invalid` };
  db.transaction(
    (tx) => {
      rehearseWrite(tx, (t) => writeNewDelegate(t, standIn, { ...delegate, userId: newUserId() }, now));
      if (account && budget.allowed) queueAccountExists(tx, data.email, account);
      else rehearseWrite(tx, (t) => queueAccountExists(t, data.email, account ?? { id: REHEARSAL_USER_ID, ...data }));
    },
    { behavior: 'immediate' },
  );
  return { status: 'existing' };
}

function writeNewDelegate(
  tx: Tx,
  data: Registration,
  w: { userId: string; passwordHash: string; ticketCode: string },
  now: Date,
): void {
  insertDelegate(tx, { id: w.userId, email: data.email, passwordHash: w.passwordHash, ...profileColumns(data) }, now);
  recordConsents(tx, w.userId, consentKinds(data), now);
  const ticketCode = issueTicket(tx, w.userId, now, w.ticketCode);
  const verifyToken = createEmailToken(tx, w.userId, 'verify-email', now);
  const lang = data.language;
  const verify = verificationEmail({
    lang,
    fullName: data.fullName,
    url: (l) => absoluteUrl(`/${l}/verify-email/?token=${encodeURIComponent(verifyToken)}`),
  });
  queueEmail({ to: data.email, ...verify }, tx, now);
  const confirmation = confirmationEmail({
    lang,
    fullName: data.fullName,
    ticketCode,
    ticketUrl: (l) => absoluteUrl(`/${l}/me/ticket/`),
    agendaUrl: (l) => absoluteUrl(`/${l}/agenda/`),
  });
  // The e-ticket PNG is rendered by the outbox worker when it delivers the mail, not here.
  const ticket = {
    filename: ticketFilename(lang),
    contentType: 'image/png',
    ticket: { code: ticketCode, lang },
  } as const;
  queueEmail({ to: data.email, ...confirmation, attachments: [ticket] }, tx, now);
}

function queueAccountExists(tx: Tx, email: string, user: { id: string; fullName: string; language: Lang }): void {
  const resetToken = createEmailToken(tx, user.id, 'reset-password');
  const mail = accountExistsEmail({
    lang: user.language,
    fullName: user.fullName,
    loginUrl: (l) => absoluteUrl(`/${l}/login/`),
    resetUrl: (l) => absoluteUrl(`/${l}/reset-password/?token=${encodeURIComponent(resetToken)}`),
  });
  queueEmail({ to: email, ...mail }, tx);
}
