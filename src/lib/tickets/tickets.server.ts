// Ticket storage and check-in: issuing codes, rendering the QR, and the once-only check-in write.
import { and, count, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import QRCode from 'qrcode';
import { getDb, type Db, type Tx } from '../../../db/client';
import { tickets, users } from '../../../db/schema';
import type { Lang } from '../i18n/locales';
import { TICKET_CODE_BYTES, normaliseTicketCode, ticketQrPayload } from './tickets';

/** Who a ticket belongs to, as check-in and the ticket page show it. */
export interface TicketHolder {
  code: string;
  userId: string;
  fullName: string;
  email: string;
  category: string;
  organisation: string;
  language: Lang;
  accessibility: { wheelchair: boolean; signLanguage: boolean; other: string };
  issuedAt: Date;
  checkedInAt: Date | null;
}

export type CheckInResult =
  | { status: 'checked-in'; holder: TicketHolder }
  | { status: 'already'; holder: TicketHolder; checkedInAt: Date }
  | { status: 'unknown' };

/** A check-in attempt from typed or scanned input, which may not even look like a code. */
export type CheckInAttempt = CheckInResult | { status: 'invalid' };

/** A fresh code: 160 bits from the platform CSPRNG, base32 upper case. */
export function newTicketCode(): string {
  const bytes = new Uint8Array(TICKET_CODE_BYTES);
  crypto.getRandomValues(bytes);
  return encodeBase32UpperCaseNoPadding(bytes);
}

/**
 * Gives the user a ticket unless they have one, and returns its code. Synchronous
 * so it runs inside the caller's `db.transaction(..., { behavior: 'immediate' })`.
 */
export function issueTicket(tx: Tx | Db, userId: string, now = new Date(), code = newTicketCode()): string {
  const existing = tx.select({ code: tickets.code }).from(tickets).where(eq(tickets.userId, userId)).get();
  if (existing) return existing.code;
  tx.insert(tickets).values({ userId, code, issuedAt: now }).run();
  return code;
}

/** The ticket as an inline SVG (for the ticket page; no image request, prints sharply). */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(ticketQrPayload(code), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

const holderColumns = {
  code: tickets.code,
  userId: users.id,
  fullName: users.fullName,
  email: users.email,
  category: users.category,
  organisation: users.organisation,
  language: users.language,
  accessibility: users.accessibility,
  issuedAt: tickets.issuedAt,
  checkedInAt: tickets.checkedInAt,
};

function holderWhere(condition: SQL): TicketHolder | null {
  const row = getDb()
    .select(holderColumns)
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.userId))
    .where(condition)
    .get();
  return row ?? null;
}

/** The ticket a user holds, or null if none was issued. */
export function ticketOf(userId: string): TicketHolder | null {
  return holderWhere(eq(tickets.userId, userId));
}

/** The ticket with this code and its holder, or null (no such ticket, or the account was deleted). */
export function ticketByCode(code: string): TicketHolder | null {
  return holderWhere(eq(tickets.code, code));
}

/** The user's ticket, issuing one first for accounts created without registering (e.g. organisers). */
export function ensureTicket(userId: string): TicketHolder | null {
  getDb().transaction((tx) => issueTicket(tx, userId), { behavior: 'immediate' });
  return ticketOf(userId);
}

/**
 * Checks a ticket in once. The conditional UPDATE is the guard: of two organisers
 * scanning the same code at once, exactly one sees "checked-in".
 */
export function checkIn(code: string, organiserId: string, now = new Date()): CheckInResult {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const updated = tx
        .update(tickets)
        .set({ checkedInAt: now, checkedInBy: organiserId })
        .where(and(eq(tickets.code, code), isNull(tickets.checkedInAt)))
        .run();
      const holder = tx
        .select(holderColumns)
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.userId))
        .where(eq(tickets.code, code))
        .get();
      if (!holder) return { status: 'unknown' } as const;
      if (updated.changes === 1) return { status: 'checked-in', holder } as const;
      return { status: 'already', holder, checkedInAt: holder.checkedInAt ?? now } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Checks in whatever an organiser typed or scanned: 'invalid' when it cannot be a ticket code. */
export function checkInInput(input: string, organiserId: string, now = new Date()): CheckInAttempt {
  const code = normaliseTicketCode(input);
  return code ? checkIn(code, organiserId, now) : { status: 'invalid' };
}

/** How many tickets have been checked in (shown on the check-in page). */
export function checkedInCount(): number {
  return getDb().select({ n: count() }).from(tickets).where(isNotNull(tickets.checkedInAt)).get()?.n ?? 0;
}
