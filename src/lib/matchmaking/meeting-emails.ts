// The email the other side gets at each step of a meeting request: their language first, then the
// other, plain text and HTML. Pure; meetings.server.ts sends it through the outbox after commit.
import { calendarMessages } from '../i18n/messages/calendar';
import { matchmakingMeetingsMessages, type MeetingStep } from '../i18n/messages/matchmaking-meetings';
import { otherLang, type Lang } from '../i18n/locales';
import { formatEventDateTime, formatEventTime } from '../time/event-time';

/** What a meeting email says. */
export interface MeetingEmailInput {
  step: MeetingStep;
  lang: Lang;
  toName: string;
  /** The side who took the step, as "Name (Organisation)". */
  fromLabel: string;
  message?: string | undefined;
  /** Only for 'accepted': where and when, or null when it could not be placed yet. */
  placement?: { startsAt: Date; endsAt: Date; table: number } | null | undefined;
  meUrl: (lang: Lang) => string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function section(input: MeetingEmailInput, lang: Lang) {
  const m = matchmakingMeetingsMessages[lang];
  const lines = [m.email.greeting(input.toName), '', m.email.body[input.step](input.fromLabel)];
  if (input.message) lines.push('', `${m.email.message}: ${input.message}`);
  if (input.step === 'accepted') {
    const p = input.placement;
    if (p) {
      lines.push('', `${m.email.when}: ${formatEventDateTime(p.startsAt, lang)}–${formatEventTime(p.endsAt)}`);
      lines.push(`${m.email.where}: ${calendarMessages[lang].meeting.location(String(p.table))}`);
    } else lines.push('', m.email.unplaced);
  }
  lines.push('', `${m.email.link}: ${input.meUrl(lang)}`);
  const html = `<div lang="${lang}">${lines
    .filter((l) => l !== '')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}</div>`;
  return { subject: m.email.subject[input.step](input.fromLabel), text: lines.join('\n'), html };
}

/** The bilingual email for one step, in the recipient's language first. */
export function meetingEmail(input: MeetingEmailInput): { subject: string; text: string; html: string } {
  const first = section(input, input.lang);
  const second = section(input, otherLang(input.lang));
  return {
    subject: `${first.subject} / ${second.subject}`,
    text: `${first.text}\n\n———\n\n${second.text}\n`,
    html: `<!doctype html><html lang="${input.lang}"><body>${first.html}<hr>${second.html}</body></html>`,
  };
}
