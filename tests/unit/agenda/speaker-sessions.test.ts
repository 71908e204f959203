// The sessions each speaker is in (src/lib/agenda/speaker-sessions.ts), as the speaker pages list them.
import { describe, expect, it } from 'vitest';
import { sessionsOfSpeaker } from '~/lib/agenda/speaker-sessions';
import type { ProgrammeSession } from '~/lib/content/programme';
import { programmeFixture } from './programme-fixture';

const slugs = (list: { session: ProgrammeSession; moderating: boolean }[]) =>
  list.map(({ session, moderating }) => [session.slug, moderating]);

describe("a speaker's sessions", () => {
  it('lists the sessions a speaker speaks at, not moderating them', () => {
    expect(slugs(sessionsOfSpeaker(programmeFixture(), 'lan'))).toEqual([['opening', false]]);
  });

  it('marks the sessions a speaker moderates', () => {
    expect(slugs(sessionsOfSpeaker(programmeFixture(), 'bao'))).toEqual([['opening', true]]);
  });

  it('lists a session once when the speaker both speaks and moderates, in programme order', () => {
    const programme = programmeFixture();
    const [opening, sprint] = programme.sessions as [ProgrammeSession, ProgrammeSession];
    const sessions = [
      { ...opening, speakers: ['lan'], moderators: ['lan'] },
      { ...sprint, speakers: ['lan'], moderators: [] },
    ];
    expect(slugs(sessionsOfSpeaker({ sessions }, 'lan'))).toEqual([
      ['opening', true],
      ['sprint', false],
    ]);
  });

  it('has no sessions for a speaker who is in none, or an unknown slug', () => {
    const programme = programmeFixture();
    const withoutBao = programme.sessions.map((s) => ({ ...s, moderators: [] }));
    expect(sessionsOfSpeaker({ sessions: withoutBao }, 'bao')).toEqual([]);
    expect(sessionsOfSpeaker(programme, 'nobody')).toEqual([]);
  });

  it('follows a different programme rather than reusing another one’s index', () => {
    const first = programmeFixture();
    expect(sessionsOfSpeaker(first, 'lan')).toHaveLength(1);
    const second = { sessions: first.sessions.map((s) => ({ ...s, speakers: [] as string[] })) };
    expect(sessionsOfSpeaker(second, 'lan')).toEqual([]);
  });
});
