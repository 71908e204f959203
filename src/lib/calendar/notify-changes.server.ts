// Emails every delegate who starred or reserved a session that moved or was cancelled.
import { inArray } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { reservations, stars, users } from '../../../db/schema';
import { getProgramme } from '../content/programme';
import { sendEmail } from '../email/send.server';
import type { SyncPlan } from '../programme/sync';
import { absoluteUrl } from '../server/site-origin';
import { changeEmail, changesToAnnounce, type ProgrammeChange } from './notify-changes';

/** Sends one email per affected delegate; returns how many were sent. A failed send is logged, not thrown. */
export async function notifyProgrammeChanges(plan: Pick<SyncPlan, 'moved' | 'cancel'>): Promise<number> {
  const changes = changesToAnnounce(plan);
  if (changes.size === 0) return 0;
  const slugs = [...changes.keys()];
  const db = getDb();
  const interested = [
    ...db
      .select({ userId: stars.userId, slug: stars.sessionSlug })
      .from(stars)
      .where(inArray(stars.sessionSlug, slugs))
      .all(),
    ...db
      .select({ userId: reservations.userId, slug: reservations.sessionSlug })
      .from(reservations)
      .where(inArray(reservations.sessionSlug, slugs))
      .all(),
  ];
  const byUser = new Map<string, Set<string>>();
  for (const { userId, slug } of interested) byUser.set(userId, (byUser.get(userId) ?? new Set()).add(slug));
  if (byUser.size === 0) return 0;

  const programme = await getProgramme();
  const people = db
    .select({ id: users.id, email: users.email, fullName: users.fullName, language: users.language })
    .from(users)
    .where(inArray(users.id, [...byUser.keys()]))
    .all();
  let sent = 0;
  for (const person of people) {
    const mine: ProgrammeChange[] = [...(byUser.get(person.id) ?? [])].sort().map((slug) => changes.get(slug)!);
    const mail = changeEmail({
      lang: person.language,
      fullName: person.fullName,
      changes: mine,
      roomName: (id) => programme.roomById.get(id)?.name ?? { vi: id, en: id },
      agendaUrl: (lang) => absoluteUrl(`/${lang}/me/agenda/`),
    });
    try {
      await sendEmail({ to: person.email, ...mail });
      sent++;
    } catch (err) {
      console.error(`[calendar] change email to user ${person.id} failed:`, err instanceof Error ? err.message : err);
    }
  }
  return sent;
}
