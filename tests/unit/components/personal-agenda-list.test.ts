// The personal agenda list (src/components/PersonalAgendaList.astro) rendered with Astro's
// Container API: a B2B meeting shows its table, topic and status, and its clash with a session.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PersonalAgendaList from '~/components/PersonalAgendaList.astro';
import type { MeetingSource } from '~/lib/calendar/meeting-item';
import type { AgendaItemView } from '~/lib/personal-agenda/agenda.server';

const at = (hhmm: string) => new Date(`2025-12-23T${hhmm}:00+07:00`);

const meeting: MeetingSource = {
  id: 'm1',
  startsAt: at('14:30'),
  endsAt: at('14:50'),
  table: '7',
  counterpart: { name: 'Lê Thị Hoa', organisation: 'Công ty Bản đồ số' },
  topic: 'Dữ liệu địa chính',
  sequence: 0,
  lastModified: at('08:00'),
  status: 'tentative',
};

const items: AgendaItemView[] = [
  {
    kind: 'session',
    key: 'session:panel',
    slug: 'panel',
    startsAt: at('14:00'),
    endsAt: at('15:00'),
    // Cancelled, so no star button (an island) is rendered.
    cancelled: true,
    starred: false,
    reservation: 'confirmed',
    overlapsWith: [],
    title: 'Land data panel',
    href: undefined,
    room: 'Lotus Room',
    date: 'Tuesday 23 December',
    timeRange: '14:00–15:00 GMT+7',
    overlapTitles: [],
  },
  {
    kind: 'meeting',
    key: 'meeting:m1',
    meeting,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    cancelled: false,
    overlapsWith: ['session:other'],
    title: 'B2B meeting: Lê Thị Hoa (Công ty Bản đồ số)',
    href: undefined,
    room: 'B2B Lounge · Table 7',
    date: 'Tuesday 23 December',
    timeRange: '14:30–14:50 GMT+7',
    overlapTitles: ['Keynote'],
  },
];

async function render(lang: 'vi' | 'en'): Promise<string> {
  const container = await AstroContainer.create();
  // typescript-eslint cannot see types through .astro imports; `astro check` types this call.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- see above
  return container.renderToString(PersonalAgendaList, { props: { items, lang } });
}

describe('a B2B meeting on the personal agenda list', () => {
  it('shows the other party, the table, the topic and that it awaits confirmation', async () => {
    const html = await render('en');
    const li = html.slice(html.indexOf('personal-agenda__item--meeting'));
    expect(li).toContain('B2B meeting: Lê Thị Hoa (Công ty Bản đồ số)');
    expect(li).toContain('B2B Lounge · Table 7');
    expect(li).toContain('Topic: Dữ liệu địa chính');
    expect(li).toContain('Awaiting confirmation');
    expect(li).toContain('Overlaps with: Keynote');
    expect(li).not.toContain('Room:');
  });

  it('keeps a session’s room and badges, and says it all in Vietnamese too', async () => {
    const vi = await render('vi');
    const session = vi.slice(
      vi.indexOf('personal-agenda__item--session'),
      vi.indexOf('personal-agenda__item--meeting'),
    );
    expect(session).toContain('Phòng: Lotus Room');
    expect(session).toContain('Đã có chỗ');
    expect(session).toContain('Đã hủy');
    const meetingHtml = vi.slice(vi.indexOf('personal-agenda__item--meeting'));
    expect(meetingHtml).toContain('Chủ đề: Dữ liệu địa chính');
    expect(meetingHtml).toContain('Chờ xác nhận');
    expect(meetingHtml).toContain('Trùng giờ với: Keynote');
  });
});
