// Which sessions each speaker is in, indexed once per programme: every speaker page used to
// scan the whole programme, so the speaker pages cost speakers × sessions to build.
import type { Programme, ProgrammeSession } from '~/lib/content/programme';

/** A session a speaker is in, and whether they moderate it. */
export interface SpeakerSession {
  session: ProgrammeSession;
  moderating: boolean;
}

const indexes = new WeakMap<readonly ProgrammeSession[], Map<string, SpeakerSession[]>>();

/** The sessions a speaker speaks at or moderates, in programme order, each listed once. */
export function sessionsOfSpeaker(programme: Pick<Programme, 'sessions'>, slug: string): SpeakerSession[] {
  let index = indexes.get(programme.sessions);
  if (!index) {
    index = indexBySpeaker(programme.sessions);
    indexes.set(programme.sessions, index);
  }
  return index.get(slug) ?? [];
}

function indexBySpeaker(sessions: readonly ProgrammeSession[]): Map<string, SpeakerSession[]> {
  const index = new Map<string, SpeakerSession[]>();
  for (const session of sessions) {
    for (const person of new Set([...session.speakers, ...session.moderators])) {
      const list = index.get(person) ?? [];
      list.push({ session, moderating: session.moderators.includes(person) });
      index.set(person, list);
    }
  }
  return index;
}
