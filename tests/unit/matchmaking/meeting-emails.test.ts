// Meeting emails (src/lib/matchmaking/meeting-emails.ts): the recipient's language first, the step
// and the other side named, the place and time of an accepted meeting, HTML escaped.
import { describe, expect, it } from 'vitest';
import { meetingEmail } from '~/lib/matchmaking/meeting-emails';

const base = { toName: 'Lan', fromLabel: 'Minh (QueueSoft)', meUrl: (l: string) => `https://summit.example/${l}/me/` };

describe('meeting emails', () => {
  it('tells a Vietnamese receiver about a request in Vietnamese first, with the message', () => {
    const mail = meetingEmail({ ...base, step: 'requested', lang: 'vi', message: 'Hẹn gặp <b>anh</b>' });
    expect(mail.subject).toBe('Minh (QueueSoft) muốn gặp bạn / Minh (QueueSoft) would like to meet you');
    expect(mail.text.indexOf('Xin chào Lan')).toBeLessThan(mail.text.indexOf('Hello Lan'));
    expect(mail.text).toContain('Lời nhắn: Hẹn gặp <b>anh</b>');
    expect(mail.html).toContain('Hẹn gặp &lt;b&gt;anh&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>anh</b>');
  });

  it('gives the table and time of an accepted meeting, or says it is not placed yet', () => {
    const placement = {
      startsAt: new Date('2025-12-23T04:00:00Z'),
      endsAt: new Date('2025-12-23T04:20:00Z'),
      table: 4,
    };
    const placed = meetingEmail({ ...base, step: 'accepted', lang: 'en', placement });
    expect(placed.text).toContain('Where: B2B Lounge · Table 4');
    expect(placed.text).toContain('11:20');
    expect(meetingEmail({ ...base, step: 'accepted', lang: 'en', placement: null }).text).toContain(
      'No slot and table yet',
    );
  });
});
