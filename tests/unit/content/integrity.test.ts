// Content integrity checks (src/lib/content/integrity.ts): unknown references, session times,
// room and speaker clashes, capacity, missing alt text, and how problems are reported.
import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type IntegrityInput } from '../../../src/lib/content/integrity';

type SessionInput = IntegrityInput['sessions'][number];

/** A small consistent programme; each test breaks one thing. */
function content(): IntegrityInput {
  return {
    event: { startDate: '2025-12-23', endDate: '2025-12-23' },
    rooms: [
      { id: 'main-hall', capacity: 800 },
      { id: 'lab', capacity: 40 },
    ],
    tracks: [{ id: 'e-government' }],
    tags: [{ id: 'ai' }],
    speakers: [
      { id: 'lan', file: 'content/speakers/lan/speaker.yaml', hasPhoto: true, photoAlt: { vi: 'Ảnh chân dung', en: 'Portrait' } },
      { id: 'bao', file: 'content/speakers/bao/speaker.yaml', hasPhoto: false },
    ],
    sessions: [
      session({ id: 'opening', start: '2025-12-23T09:00', end: '2025-12-23T09:30', speakers: ['lan'] }),
      session({ id: 'workshop', room: 'lab', start: '2025-12-23T09:30', end: '2025-12-23T10:30', speakers: ['lan', 'bao'], capacity: 40 }),
    ],
    exhibitors: [{ id: 'paypho', file: 'content/exhibitors/paypho/exhibitor.yaml', hasLogo: true, logoAlt: { en: 'PayPhố logo' } }],
    products: [
      {
        id: 'tap-to-pay',
        file: 'content/products/tap-to-pay/product.yaml',
        exhibitor: 'paypho',
        tags: ['ai'],
        hasImage: true,
        imageAlt: { vi: 'Minh hoạ' },
      },
    ],
  };
}

function session(over: Partial<SessionInput> & { id: string }): SessionInput {
  return {
    file: `content/sessions/${over.id}/session.yaml`,
    start: '2025-12-23T09:00',
    end: '2025-12-23T10:00',
    room: 'main-hall',
    track: 'e-government',
    format: 'talk',
    speakers: [],
    moderators: [],
    tags: [],
    ...over,
  };
}

function withSession(over: Partial<SessionInput> & { id: string }): IntegrityInput {
  const c = content();
  c.sessions.push(session(over));
  return c;
}

describe('content integrity', () => {
  it('finds no problem in consistent content', () => {
    expect(checkIntegrity(content())).toEqual([]);
  });

  it('reports an unknown speaker with the file and field', () => {
    const problems = checkIntegrity(withSession({ id: 'ghost-talk', start: '2025-12-23T11:00', end: '2025-12-23T11:30', speakers: ['nobody'] }));
    expect(problems).toEqual([
      { file: 'content/sessions/ghost-talk/session.yaml', field: 'speakers[0]', message: 'unknown speaker "nobody"' },
    ]);
  });

  it('reports an unknown moderator as an unknown speaker', () => {
    const problems = checkIntegrity(withSession({ id: 'panel', start: '2025-12-23T11:00', end: '2025-12-23T12:00', moderators: ['nobody'] }));
    expect(problems).toEqual([
      { file: 'content/sessions/panel/session.yaml', field: 'moderators[0]', message: 'unknown speaker "nobody"' },
    ]);
  });

  it('reports an unknown room', () => {
    const problems = checkIntegrity(withSession({ id: 'rooftop', room: 'rooftop', start: '2025-12-23T11:00', end: '2025-12-23T12:00' }));
    expect(problems).toEqual([{ file: 'content/sessions/rooftop/session.yaml', field: 'room', message: 'unknown room "rooftop"' }]);
  });

  it('reports an unknown track', () => {
    const problems = checkIntegrity(withSession({ id: 'lost', track: 'space', start: '2025-12-23T11:00', end: '2025-12-23T12:00' }));
    expect(problems).toEqual([{ file: 'content/sessions/lost/session.yaml', field: 'track', message: 'unknown track "space"' }]);
  });

  it('requires a track on every session except breaks', () => {
    const talk = checkIntegrity(withSession({ id: 'untracked', track: undefined, start: '2025-12-23T11:00', end: '2025-12-23T12:00' }));
    expect(talk.map((p) => p.field)).toEqual(['track']);
    const coffee = checkIntegrity(
      withSession({ id: 'coffee', format: 'break', track: undefined, start: '2025-12-23T11:00', end: '2025-12-23T11:30' }),
    );
    expect(coffee).toEqual([]);
  });

  it('reports an unknown exhibitor on a product', () => {
    const c = content();
    c.products[0]!.exhibitor = 'acme';
    expect(checkIntegrity(c)).toEqual([
      { file: 'content/products/tap-to-pay/product.yaml', field: 'exhibitor', message: 'unknown exhibitor "acme"' },
    ]);
  });

  it('reports an unknown tag', () => {
    const c = content();
    c.products[0]!.tags = ['ai', 'quantum'];
    expect(checkIntegrity(c)).toEqual([
      { file: 'content/products/tap-to-pay/product.yaml', field: 'tags[1]', message: 'unknown tag "quantum"' },
    ]);
  });

  it('reports a session that ends before it starts', () => {
    const problems = checkIntegrity(withSession({ id: 'backwards', start: '2025-12-23T15:00', end: '2025-12-23T14:00' }));
    expect(problems).toEqual([
      {
        file: 'content/sessions/backwards/session.yaml',
        field: 'end',
        message: 'ends (2025-12-23T14:00) before or when it starts (2025-12-23T15:00)',
      },
    ]);
  });

  it('reports a session of zero length as ending when it starts', () => {
    const problems = checkIntegrity(withSession({ id: 'instant', start: '2025-12-23T15:00', end: '2025-12-23T15:00' }));
    expect(problems.map((p) => p.field)).toEqual(['end']);
  });

  it('reports a session outside the event day', () => {
    const problems = checkIntegrity(withSession({ id: 'early', start: '2025-12-22T15:00', end: '2025-12-22T16:00' }));
    expect(problems).toEqual([
      { file: 'content/sessions/early/session.yaml', field: 'start', message: '2025-12-22T15:00 is outside the event (2025-12-23 to 2025-12-23)' },
      { file: 'content/sessions/early/session.yaml', field: 'end', message: '2025-12-22T16:00 is outside the event (2025-12-23 to 2025-12-23)' },
    ]);
  });

  it('reports a session running past midnight into the next day', () => {
    const problems = checkIntegrity(withSession({ id: 'late', start: '2025-12-23T23:00', end: '2025-12-24T00:30' }));
    expect(problems).toEqual([
      { file: 'content/sessions/late/session.yaml', field: 'end', message: '2025-12-24T00:30 is outside the event (2025-12-23 to 2025-12-23)' },
    ]);
  });

  it('accepts a session that ends exactly at midnight', () => {
    expect(checkIntegrity(withSession({ id: 'night', start: '2025-12-23T23:00', end: '2025-12-24T00:00' }))).toEqual([]);
  });

  it('reports a date-time that does not exist', () => {
    const problems = checkIntegrity(withSession({ id: 'typo', start: '2025-12-23T25:00', end: '2025-12-23T26:00' }));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['start', '"2025-12-23T25:00" is not a valid event-local date-time'],
      ['end', '"2025-12-23T26:00" is not a valid event-local date-time'],
    ]);
  });

  it('reports two sessions in one room at the same time, naming the other session', () => {
    const problems = checkIntegrity(withSession({ id: 'double-booked', start: '2025-12-23T09:15', end: '2025-12-23T09:45' }));
    expect(problems).toEqual([
      {
        file: 'content/sessions/double-booked/session.yaml',
        field: 'room',
        message: 'room "main-hall" is already used by session "opening" at that time',
      },
    ]);
  });

  it('lets one session follow another in the same room without a gap', () => {
    expect(checkIntegrity(withSession({ id: 'next-up', start: '2025-12-23T09:30', end: '2025-12-23T10:00' }))).toEqual([]);
  });

  it('reports one speaker in two places at once', () => {
    const problems = checkIntegrity(
      withSession({ id: 'elsewhere', room: 'main-hall', start: '2025-12-23T10:00', end: '2025-12-23T10:30', speakers: ['bao'] }),
    );
    expect(problems).toEqual([
      { file: 'content/sessions/elsewhere/session.yaml', field: 'speakers', message: 'speaker "bao" is also in session "workshop" at that time' },
    ]);
  });

  it('counts moderating as being in the room for speaker clashes', () => {
    const problems = checkIntegrity(
      withSession({ id: 'moderated', start: '2025-12-23T10:00', end: '2025-12-23T10:30', moderators: ['lan'] }),
    );
    expect(problems.map((p) => p.message)).toEqual(['speaker "lan" is also in session "workshop" at that time']);
  });

  it('reports more seats than the room holds', () => {
    const problems = checkIntegrity(withSession({ id: 'crowded', room: 'lab', start: '2025-12-23T11:00', end: '2025-12-23T12:00', capacity: 60 }));
    expect(problems).toEqual([
      { file: 'content/sessions/crowded/session.yaml', field: 'capacity', message: '60 seats is more than room "lab" holds (40)' },
    ]);
  });

  it('reports a speaker photo without alt text', () => {
    const c = content();
    c.speakers[0]!.photoAlt = undefined;
    expect(checkIntegrity(c)).toEqual([{ file: 'content/speakers/lan/speaker.yaml', field: 'photoAlt', message: 'photo has no alt text' }]);
  });

  it('treats blank alt text as missing', () => {
    const c = content();
    c.speakers[0]!.photoAlt = { vi: '  ' };
    expect(checkIntegrity(c).map((p) => p.field)).toEqual(['photoAlt']);
  });

  it('reports an exhibitor logo without alt text', () => {
    const c = content();
    c.exhibitors[0]!.logoAlt = undefined;
    expect(checkIntegrity(c)).toEqual([{ file: 'content/exhibitors/paypho/exhibitor.yaml', field: 'logoAlt', message: 'logo has no alt text' }]);
  });

  it('reports a product image without alt text', () => {
    const c = content();
    c.products[0]!.imageAlt = undefined;
    expect(checkIntegrity(c)).toEqual([{ file: 'content/products/tap-to-pay/product.yaml', field: 'imageAlt', message: 'image has no alt text' }]);
  });

  it('does not ask for alt text when there is no image', () => {
    const c = content();
    c.speakers[1]!.photoAlt = undefined;
    expect(checkIntegrity(c)).toEqual([]);
  });

  it('reports a missing event entry', () => {
    const c = content();
    c.event = undefined;
    expect(checkIntegrity(c)).toEqual([{ file: 'content/event/summit.yaml', field: 'event', message: 'the event entry is missing' }]);
  });

  it('formats problems one per line as "file: field: message"', () => {
    const text = formatProblems([
      { file: 'content/sessions/a/session.yaml', field: 'room', message: 'unknown room "x"' },
      { file: 'content/sessions/b/session.yaml', field: 'end', message: 'ends too early' },
    ]);
    expect(text).toBe('content/sessions/a/session.yaml: room: unknown room "x"\ncontent/sessions/b/session.yaml: end: ends too early');
  });
});
