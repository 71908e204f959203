// Booth leads: exhibitor staff scan or type a delegate's ticket code to record a lead with a note
// and a 1–5 rating. The lead shows name, organisation, category; the email only under the
// delegate's contact-sharing consent. Exported as CSV (UTF-8 BOM, formula-injection safe).
import { desc, eq, sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { getDb } from '~db/client';
import { consents, leads, tickets, users } from '~db/schema';
import type { Lang } from '~/lib/i18n/locales';
import { exhibitorsText } from '~/lib/i18n/messages/exhibitors';
import { categoryLabel, normaliseTicketCode } from '~/lib/tickets/tickets';
import { eventLocalDate, formatEventTime } from '~/lib/time/event-time';
import { requireOrganisationAccess, type Actor } from './access.server';
import { ExhibitorError, parseInput } from './errors';
import { proseField } from './text-fields';

const leadSchema = z
  .object({
    ticketCode: z.string().max(64),
    note: proseField(1000).default(''),
    rating: z.number().int().min(1, 'rating').max(5, 'rating').nullable().default(null),
  })
  .strict();

/** Records (or updates) the lead of the delegate whose ticket was scanned at the booth. */
export function recordLead(actor: Actor | null, organisationId: string, input: unknown, now = new Date()) {
  const data = parseInput(leadSchema, input);
  const code = normaliseTicketCode(data.ticketCode);
  return getDb().transaction(
    (tx) => {
      const { actor: a } = requireOrganisationAccess(tx, actor, organisationId);
      const ticket = code
        ? tx.select({ userId: tickets.userId }).from(tickets).where(eq(tickets.code, code)).get()
        : undefined;
      if (!ticket) throw new ExhibitorError('unknown-ticket');
      return tx
        .insert(leads)
        .values({
          organisationId,
          delegateId: ticket.userId,
          recordedBy: a.id,
          note: data.note,
          rating: data.rating,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [leads.organisationId, leads.delegateId],
          set: { note: data.note, rating: data.rating, recordedBy: a.id, updatedAt: now },
        })
        .returning({ id: leads.id })
        .get();
    },
    { behavior: 'immediate' },
  );
}

const sharesContact = sql<number>`exists(select 1 from ${consents} where ${consents.userId} = ${users.id} and ${consents.kind} = 'contact-sharing' and ${consents.withdrawnAt} is null)`;

/** The organisation's leads, newest first; `email` is null unless the delegate shares contact details. */
export function listLeads(actor: Actor | null, organisationId: string) {
  const db = getDb();
  requireOrganisationAccess(db, actor, organisationId);
  return db
    .select({
      id: leads.id,
      fullName: users.fullName,
      organisation: users.organisation,
      category: users.category,
      email: users.email,
      shares: sharesContact,
      note: leads.note,
      rating: leads.rating,
      createdAt: leads.createdAt,
    })
    .from(leads)
    .innerJoin(users, eq(users.id, leads.delegateId))
    .where(eq(leads.organisationId, organisationId))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .all()
    .map(({ email, shares, ...l }) => ({ ...l, email: shares ? email : null }));
}

// A cell starting with = + - @ (or tab/CR) is a formula in a spreadsheet: prefix it with a quote (OWASP).
const defuse = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** The organisation's leads as CSV with headers in `lang`, times in event time, with a BOM for Excel. */
export function leadsCsv(actor: Actor | null, organisationId: string, lang: Lang): string {
  const rows = listLeads(actor, organisationId);
  const c = exhibitorsText[lang].leadsCsv;
  const header = [c.recordedAt, c.fullName, c.organisation, c.category, c.email, c.rating, c.note];
  const body = rows.map((r) => [
    `${eventLocalDate(r.createdAt)} ${formatEventTime(r.createdAt)}`,
    r.fullName,
    r.organisation,
    r.category ? categoryLabel(r.category, lang) : '',
    r.email ?? '',
    r.rating === null ? '' : String(r.rating),
    r.note,
  ]);
  return `\uFEFF${stringify([header, ...body.map((cells) => cells.map(defuse))])}`;
}
