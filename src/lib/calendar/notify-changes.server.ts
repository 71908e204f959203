// Queues an email to every delegate who starred or reserved a session that moved or was
// cancelled, inside the sync's own transaction: the change and its mails commit together.
import { localizedPath } from '~/lib/i18n/paths';
import { inArray } from 'drizzle-orm';
import type { Tx } from '~db/client';
import { reservations, stars } from '~db/schema';
import type { Localized } from '~/lib/i18n/locales';
import { queueEmail } from '~/lib/email/send.server';
import type { SyncPlan } from '~/lib/programme/sync';
import { absoluteUrl } from '~/lib/server/site-origin';
import { changeEmail, changesToAnnounce, type ProgrammeChange } from './notify-changes';
import { findMailRecipients } from '~/lib/accounts/users.server';

/** Queues one email per affected delegate in `tx`; returns how many were queued. */
export function queueProgrammeChangeEmails(
  tx: Tx,
  plan: Pick<SyncPlan, 'moved' | 'cancel'>,
  roomName: (roomId: string) => Localized,
): number {
  const changes = changesToAnnounce(plan);
  if (changes.size === 0) return 0;
  const slugs = [...changes.keys()];
  const interested = [
    ...tx
      .select({ userId: stars.userId, slug: stars.sessionSlug })
      .from(stars)
      .where(inArray(stars.sessionSlug, slugs))
      .all(),
    ...tx
      .select({ userId: reservations.userId, slug: reservations.sessionSlug })
      .from(reservations)
      .where(inArray(reservations.sessionSlug, slugs))
      .all(),
  ];
  const byUser = new Map<string, Set<string>>();
  for (const { userId, slug } of interested) byUser.set(userId, (byUser.get(userId) ?? new Set()).add(slug));
  if (byUser.size === 0) return 0;

  const people = findMailRecipients([...byUser.keys()], tx);
  for (const person of people) {
    const mine: ProgrammeChange[] = [...(byUser.get(person.id) ?? [])].sort().map((slug) => changes.get(slug)!);
    const mail = changeEmail({
      lang: person.language,
      fullName: person.fullName,
      changes: mine,
      roomName,
      agendaUrl: (lang) => absoluteUrl(localizedPath(lang, '/me/agenda/')),
    });
    queueEmail({ to: person.email, ...mail }, tx);
  }
  return people.length;
}
