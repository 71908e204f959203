// Emails the other side of a meeting request after each step, in their language, through the
// outbox queue (queueEmail). Runs after the step's transaction committed; a failure is logged, not thrown.
import { localizedPath } from '~/lib/i18n/paths';
import { eq } from 'drizzle-orm';
import { getDb } from '~db/client';
import { meetingRequests, meetings, users } from '~db/schema';
import { queueEmail } from '~/lib/email/send.server';
import { absoluteUrl } from '~/lib/server/site-origin';
import type { MeetingStep } from '~/lib/i18n/messages/matchmaking-meetings';
import type { Lang } from '~/lib/i18n/locales';
import { meetingEmail } from './meeting-emails';

/** One step to tell someone about: `from` took it, `to` is told. */
export interface StepNotice {
  step: MeetingStep;
  requestId: string;
  to: string;
  from: string;
}

/** Queues the email for one step (the outbox worker delivers it). */
export function notifyStep(n: StepNotice): void {
  try {
    const db = getDb();
    const person = (id: string) =>
      db
        .select({
          email: users.email,
          fullName: users.fullName,
          organisation: users.organisation,
          language: users.language,
        })
        .from(users)
        .where(eq(users.id, id))
        .get();
    const to = person(n.to);
    const from = person(n.from);
    if (!to || !from) return;
    const request = db
      .select({ message: meetingRequests.message })
      .from(meetingRequests)
      .where(eq(meetingRequests.id, n.requestId))
      .get();
    const meeting = db.select().from(meetings).where(eq(meetings.requestId, n.requestId)).get();
    const placement =
      meeting?.status === 'scheduled' && meeting.startsAt && meeting.endsAt && meeting.tableNo !== null
        ? { startsAt: meeting.startsAt, endsAt: meeting.endsAt, table: meeting.tableNo }
        : null;
    const mail = meetingEmail({
      step: n.step,
      lang: to.language,
      toName: to.fullName,
      fromLabel: from.organisation ? `${from.fullName} (${from.organisation})` : from.fullName,
      message: n.step === 'requested' ? request?.message : undefined,
      placement,
      meUrl: (lang: Lang) => absoluteUrl(localizedPath(lang, '/me/')),
    });
    queueEmail({ to: to.email, ...mail });
  } catch (err) {
    console.error(`[matchmaking] ${n.step} email for request ${n.requestId} failed:`, err);
  }
}
