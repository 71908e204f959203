// A B2B meeting as a timed item: the plain shape matchmaking hands over (`MeetingSource`),
// its stable UID, its calendar text in both languages, and the SEQUENCE rule for changes.
import { calendarMessages } from '~/lib/i18n/messages/calendar';
import { formatEventTimeRange } from '~/lib/time/event-time';
import { personalAgendaPageUrl } from '~/lib/calendar/links';
import { inLanguages, UID_DOMAIN, type TimedItem, type TimedItemStatus } from '~/lib/calendar/timed-item';

/** What the calendar and the agenda read of an accepted meeting, seen from one delegate's side. */
export interface MeetingSource {
  /** The meeting's id, never reused: the UID is built from it, so a moved meeting keeps its UID. */
  id: string;
  /** The slot of the B2B block. */
  startsAt: Date;
  endsAt: Date;
  /** The table's number as signed in the lounge, e.g. "7". */
  table: string;
  /** The other party of the meeting (for the requester, the invitee, and the other way round). */
  counterpart: { name: string; organisation: string };
  /** What the request said the meeting is about; '' when nothing was given. */
  topic: string;
  /** Raised on every change the delegate should see; `reviseMeeting` applies the rule. */
  sequence: number;
  lastModified: Date;
  status: TimedItemStatus;
}

/** The stable UID of a meeting: from its id only, never its time, table or people. */
export function meetingUid(id: string): string {
  return `meeting-${id}@${UID_DOMAIN}`;
}

/** "Name (Organisation)", or the name alone. */
export function partyText(counterpart: MeetingSource['counterpart']): string {
  return counterpart.organisation ? `${counterpart.name} (${counterpart.organisation})` : counterpart.name;
}

/** The item of a meeting: titled by the other party, located at its table, linking to the delegate's agenda. */
export function meetingItem(meeting: MeetingSource, siteUrl: string): TimedItem {
  const url = inLanguages((lang) => personalAgendaPageUrl(siteUrl, lang));
  const cancelled = meeting.status === 'cancelled';
  const party = partyText(meeting.counterpart);
  return {
    kind: 'meeting',
    id: meeting.id,
    uid: meetingUid(meeting.id),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    sequence: meeting.sequence,
    lastModified: meeting.lastModified,
    status: meeting.status,
    // As for sessions: STATUS:CANCELLED is the signal, the prefix reaches clients that ignore it.
    title: inLanguages((lang) => {
      const title = calendarMessages[lang].meeting.title(party);
      return cancelled ? `${calendarMessages[lang].calendar.cancelledPrefix}${title}` : title;
    }),
    description: inLanguages((lang) => {
      const { calendar: c, meeting: m } = calendarMessages[lang];
      if (cancelled) return `${m.cancelledNote}\n\n${c.details}: ${url[lang]}`;
      return [
        `${c.time}: ${formatEventTimeRange(meeting.startsAt, meeting.endsAt)}`,
        ...(meeting.status === 'tentative' ? [m.tentative] : []),
        '',
        `${m.with}: ${party}`,
        ...(meeting.topic ? [`${m.topic}: ${meeting.topic}`] : []),
        `${c.details}: ${url[lang]}`,
      ].join('\n');
    }),
    location: inLanguages((lang) => calendarMessages[lang].meeting.location(meeting.table)),
    url,
    categories: [inLanguages((lang) => calendarMessages[lang].meeting.category)],
  };
}

/** What a change to a meeting may touch. */
export type MeetingChange = Partial<
  Pick<MeetingSource, 'startsAt' | 'endsAt' | 'table' | 'counterpart' | 'topic' | 'status'>
>;

function published(m: MeetingSource): string {
  return JSON.stringify([
    m.startsAt.getTime(),
    m.endsAt.getTime(),
    m.table,
    m.counterpart.name,
    m.counterpart.organisation,
    m.topic,
    m.status,
  ]);
}

/**
 * The meeting after a change (a new slot or table, a cancellation): SEQUENCE one higher and
 * LAST-MODIFIED `now` when anything published changed (RFC 5545 §3.8.7.4), else unchanged,
 * so a no-op save leaves every feed byte-identical.
 */
export function reviseMeeting(before: MeetingSource, change: MeetingChange, now: Date): MeetingSource {
  const after = { ...before, ...change };
  if (published(after) === published(before)) return before;
  return { ...after, sequence: before.sequence + 1, lastModified: now };
}
