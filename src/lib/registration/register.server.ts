// Writes a registration: user, consents, ticket and verification token in ONE synchronous
// transaction (nothing half-created), then the emails. An address that already has an
// account gets a mail saying so instead, and the caller answers exactly as for a new one.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { users } from '../../../db/schema';
import { hashPassword } from '../server/auth/password';
import { emailRequestAccountLimiter } from '../server/auth/rate-limit';
import { issueTicket } from '../tickets/tickets.server';
import { ticketAttachment } from '../tickets/ticket-email.server';
import { recordConsents } from '../accounts/consents.server';
import { createEmailToken } from '../accounts/email-tokens.server';
import { findAccountByEmail } from '../accounts/users.server';
import { accountExistsEmail } from '../accounts/emails';
import { sendEmail, type EmailAttachment } from '../email/send.server';
import { absoluteUrl } from '../server/site-origin';
import type { ConsentKind } from './consents';
import { newUserId } from './ids';
import { confirmationEmail, verificationEmail } from './emails';
import type { Registration } from './form';
import { profileColumns } from './profile';

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

/** Registers a validated submission and sends the emails; see RegisterOutcome. */
export async function register(data: Registration, now = new Date()): Promise<RegisterOutcome> {
  // Hash first (slow, async) so the transaction below stays synchronous and short, and so
  // an existing address costs the same time as a new one.
  const passwordHash = await hashPassword(data.password);
  const db = getDb();
  const userId = newUserId();
  let written: { ticketCode: string; verifyToken: string } | null;
  try {
    written = db.transaction(
      (tx) => {
        const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get();
        if (existing) return null;
        tx.insert(users)
          .values({
            id: userId,
            email: data.email,
            passwordHash,
            role: 'delegate',
            ...profileColumns(data),
            createdAt: now,
            updatedAt: now,
          })
          .run();
        recordConsents(tx, userId, consentKinds(data), now);
        const ticketCode = issueTicket(tx, userId, now);
        const verifyToken = createEmailToken(tx, userId, 'verify-email', now);
        return { ticketCode, verifyToken };
      },
      { behavior: 'immediate' },
    );
  } catch (err) {
    // Two submissions racing for one address: the loser is simply an existing account.
    if (!isUniqueViolation(err)) throw err;
    written = null;
  }
  if (!written) {
    await mailExistingAccount(data.email);
    return { status: 'existing' };
  }
  await mailNewDelegate(data, written);
  return { status: 'created', userId };
}

async function mailNewDelegate(
  data: Registration,
  written: { ticketCode: string; verifyToken: string },
): Promise<void> {
  const lang = data.language;
  const verify = verificationEmail({
    lang,
    fullName: data.fullName,
    url: (l) => absoluteUrl(`/${l}/verify-email/?token=${encodeURIComponent(written.verifyToken)}`),
  });
  await sendEmail({ to: data.email, ...verify });
  const attachments: EmailAttachment[] = [];
  try {
    attachments.push(await ticketAttachment(written.ticketCode, lang, data));
  } catch (err) {
    // The ticket is in the database and on /me/ticket; a failed image must not lose the email.
    console.error('[registration] ticket attachment failed:', err);
  }
  const confirmation = confirmationEmail({
    lang,
    fullName: data.fullName,
    ticketCode: written.ticketCode,
    ticketUrl: (l) => absoluteUrl(`/${l}/me/ticket/`),
    agendaUrl: (l) => absoluteUrl(`/${l}/agenda/`),
  });
  await sendEmail({ to: data.email, ...confirmation, attachments });
}

async function mailExistingAccount(email: string): Promise<void> {
  const user = findAccountByEmail(email);
  if (!user) return;
  // Repeated sign-ups for someone else's address must not flood their mailbox.
  if (!(await emailRequestAccountLimiter.consume(user.id)).allowed) return;
  const resetToken = createEmailToken(getDb(), user.id, 'reset-password');
  const mail = accountExistsEmail({
    lang: user.language,
    fullName: user.fullName,
    loginUrl: (l) => absoluteUrl(`/${l}/login/`),
    resetUrl: (l) => absoluteUrl(`/${l}/reset-password/?token=${encodeURIComponent(resetToken)}`),
  });
  await sendEmail({ to: email, ...mail });
}
