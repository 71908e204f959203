// Who hears about a programme change and what the email says: pure, from the sync plan.
import { otherLang, text, type Lang, type Localized } from '../i18n/locales';
import { calendarMessages } from '../i18n/messages/calendar';
import type { MirrorRow, SyncPlan } from '../programme/sync';
import { formatEventDateTime } from '../time/event-time';

/** One change a delegate is told about. */
export type ProgrammeChange =
  { kind: 'moved'; before: MirrorRow; after: MirrorRow } | { kind: 'cancelled'; row: MirrorRow };

/** The changes of a sync that delegates must hear about, by slug. */
export function changesToAnnounce(plan: Pick<SyncPlan, 'moved' | 'cancel'>): Map<string, ProgrammeChange> {
  const changes = new Map<string, ProgrammeChange>();
  for (const m of plan.moved) changes.set(m.after.slug, { kind: 'moved', before: m.before, after: m.after });
  for (const row of plan.cancel) changes.set(row.slug, { kind: 'cancelled', row });
  return changes;
}

/** What an email needs to know about its reader and the site. */
export interface ChangeEmailInput {
  lang: Lang;
  fullName: string;
  changes: readonly ProgrammeChange[];
  roomName: (roomId: string) => Localized;
  agendaUrl: (lang: Lang) => string;
}

function title(row: MirrorRow, lang: Lang): string {
  return lang === 'vi' ? row.titleVi : row.titleEn;
}

function section(input: ChangeEmailInput, lang: Lang): { subject: string; text: string } {
  const m = calendarMessages[lang].email;
  const when = (row: MirrorRow) =>
    `${formatEventDateTime(row.startsAt, lang)}, ${text(input.roomName(row.room), lang)}`;
  const lines = [m.greeting(input.fullName), '', m.intro, ''];
  for (const c of input.changes) {
    if (c.kind === 'moved') {
      lines.push(
        `• ${m.moved(title(c.after, lang))}`,
        `  ${m.before}: ${when(c.before)}`,
        `  ${m.now}: ${when(c.after)}`,
      );
    } else {
      lines.push(`• ${m.cancelled(title(c.row, lang))}`, `  ${when(c.row)}`);
    }
  }
  lines.push('', `${m.agenda}: ${input.agendaUrl(lang)}`, m.calendarHint);
  return { subject: m.subject, text: lines.join('\n') };
}

/** The bilingual change email, the reader's language first. */
export function changeEmail(input: ChangeEmailInput): { subject: string; text: string } {
  const first = section(input, input.lang);
  const second = section(input, otherLang(input.lang));
  return { subject: `${first.subject} / ${second.subject}`, text: `${first.text}\n\n———\n\n${second.text}\n` };
}
