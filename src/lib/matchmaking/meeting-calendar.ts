// A meeting as a calendar item for the personal agenda and the private feed. The UID comes from
// the meeting id alone (never title or time), so a moved meeting stays one event whose SEQUENCE
// grows, and a cancelled one is published as STATUS:CANCELLED under the same UID. Pure.
import { matchmakingMeetingsMessages } from '../i18n/messages/matchmaking-meetings';
import type { Lang } from '../i18n/locales';

/** What the calendar needs of a meeting, from the viewer's side. */
export interface MeetingForCalendar {
  id: string;
  status: 'scheduled' | 'unplaced' | 'cancelled';
  startsAt: Date | null;
  endsAt: Date | null;
  table: number | null;
  sequence: number;
  other: { fullName: string; organisation: string };
}

/** One calendar item. */
export interface MeetingCalendarItem {
  uid: string;
  start: Date;
  end: Date;
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  title: string;
  location: string;
}

/** The stable UID of a meeting's calendar event. */
export function meetingUid(meetingId: string, host: string): string {
  return `meeting-${meetingId}@${host}`;
}

/**
 * The calendar item for a meeting, or null when it never had a time. A cancelled meeting, or one
 * sent back to unplaced, keeps the last time it had and is published CANCELLED, so subscribers
 * drop that event; placed again, the same UID comes back CONFIRMED with a higher sequence.
 */
export function meetingCalendarItem(m: MeetingForCalendar, lang: Lang, host: string): MeetingCalendarItem | null {
  if (!m.startsAt || !m.endsAt) return null;
  const t = matchmakingMeetingsMessages[lang].calendar;
  const who = m.other.organisation ? `${m.other.fullName} (${m.other.organisation})` : m.other.fullName;
  return {
    uid: meetingUid(m.id, host),
    start: m.startsAt,
    end: m.endsAt,
    sequence: m.sequence,
    status: m.status === 'scheduled' ? 'CONFIRMED' : 'CANCELLED',
    title: t.title(who),
    location: m.table === null ? t.lounge : t.table(m.table),
  };
}
