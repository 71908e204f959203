// Text for B2B meeting requests and meetings (errors, blocking reasons, calendar, emails), in both languages.
import type { RequestErrorCode } from '../../matchmaking/requests';
import type { BlockReason } from '../../matchmaking/schedule-problem';

/** The steps a meeting email tells the other side about. */
export type MeetingStep = 'requested' | 'accepted' | 'declined' | 'cancelled' | 'expired';

interface MeetingsText {
  errors: Record<RequestErrorCode, string>;
  reasons: Record<BlockReason, string>;
  noSlot: string;
  calendar: { title: (who: string) => string; table: (n: number) => string; lounge: string };
  email: {
    subject: Record<MeetingStep, (who: string) => string>;
    greeting: (name: string) => string;
    body: Record<MeetingStep, (who: string) => string>;
    message: string;
    when: string;
    where: string;
    unplaced: string;
    link: string;
  };
}

const vi: MeetingsText = {
  errors: {
    'message-too-long': 'Lời nhắn quá dài.',
    'self-request': 'Bạn không thể tự gửi yêu cầu gặp cho chính mình.',
    'already-requested': 'Đã có một yêu cầu gặp đang mở giữa hai bạn.',
    'receiver-closed': 'Người này hiện không nhận yêu cầu gặp.',
    'outgoing-cap': 'Bạn đã đạt số yêu cầu đang chờ tối đa. Hãy chờ trả lời hoặc hủy một yêu cầu.',
    'daily-cap': 'Bạn đã gửi đủ số yêu cầu cho phép trong 24 giờ. Vui lòng thử lại sau.',
    'incoming-cap': 'Người này đã nhận đủ số yêu cầu đang chờ mà họ cho phép.',
    'not-found': 'Không tìm thấy yêu cầu gặp này.',
    'not-yours': 'Chỉ người nhận mới có thể chấp nhận hoặc từ chối yêu cầu.',
    'not-pending': 'Yêu cầu này đã được xử lý.',
    expired: 'Yêu cầu này đã hết hạn.',
  },
  reasons: {
    'no-common-availability': 'Hai bên chưa có khung giờ rảnh chung.',
    'seat-clash': 'Mọi khung giờ chung đều trùng với phiên mà một bên đã giữ chỗ.',
    'person-busy': 'Một bên đã có cuộc gặp khác trong các khung giờ chung.',
    'tables-full': 'Tất cả các bàn đã kín trong các khung giờ chung.',
  },
  noSlot: 'Cuộc gặp đã được chấp nhận nhưng chưa xếp được giờ và bàn; ban tổ chức sẽ xếp khi có thể.',
  calendar: {
    title: (who) => `Gặp B2B: ${who}`,
    table: (n) => `Phòng kết nối B2B, bàn ${n}`,
    lounge: 'Phòng kết nối B2B',
  },
  email: {
    subject: {
      requested: (who) => `${who} muốn gặp bạn`,
      accepted: (who) => `${who} đã chấp nhận cuộc gặp`,
      declined: (who) => `${who} đã từ chối cuộc gặp`,
      cancelled: (who) => `${who} đã hủy cuộc gặp`,
      expired: (who) => `Yêu cầu gặp ${who} đã hết hạn`,
    },
    greeting: (name) => `Xin chào ${name},`,
    body: {
      requested: (who) => `${who} gửi cho bạn một yêu cầu gặp B2B tại hội nghị.`,
      accepted: (who) => `${who} đã chấp nhận yêu cầu gặp của bạn.`,
      declined: (who) => `${who} đã từ chối yêu cầu gặp của bạn.`,
      cancelled: (who) => `${who} đã hủy cuộc gặp với bạn.`,
      expired: (who) => `Yêu cầu gặp ${who} đã hết hạn vì chưa có trả lời.`,
    },
    message: 'Lời nhắn',
    when: 'Thời gian',
    where: 'Địa điểm',
    unplaced: 'Chưa xếp được giờ và bàn; chúng tôi sẽ báo khi có.',
    link: 'Xem trong Tài khoản của tôi',
  },
};

const en: MeetingsText = {
  errors: {
    'message-too-long': 'The message is too long.',
    'self-request': 'You cannot request a meeting with yourself.',
    'already-requested': 'There is already an open meeting request between you.',
    'receiver-closed': 'This person is not taking meeting requests.',
    'outgoing-cap': 'You have reached the most pending requests allowed. Wait for answers or cancel one.',
    'daily-cap': 'You have sent as many requests as allowed in 24 hours. Please try again later.',
    'incoming-cap': 'This person has as many pending requests as they accept.',
    'not-found': 'This meeting request was not found.',
    'not-yours': 'Only the person asked can accept or decline a request.',
    'not-pending': 'This request has already been answered.',
    expired: 'This request has expired.',
  },
  reasons: {
    'no-common-availability': 'You have no available slot in common.',
    'seat-clash': 'Every common slot clashes with a session one of you holds a seat in.',
    'person-busy': 'One of you already has another meeting in every common slot.',
    'tables-full': 'Every table is taken in your common slots.',
  },
  noSlot: 'The meeting is accepted but has no slot and table yet; the organisers will place it when they can.',
  calendar: { title: (who) => `B2B meeting: ${who}`, table: (n) => `B2B Lounge, table ${n}`, lounge: 'B2B Lounge' },
  email: {
    subject: {
      requested: (who) => `${who} would like to meet you`,
      accepted: (who) => `${who} accepted your meeting`,
      declined: (who) => `${who} declined your meeting`,
      cancelled: (who) => `${who} cancelled your meeting`,
      expired: (who) => `Your meeting request to ${who} expired`,
    },
    greeting: (name) => `Hello ${name},`,
    body: {
      requested: (who) => `${who} sent you a B2B meeting request at the summit.`,
      accepted: (who) => `${who} accepted your meeting request.`,
      declined: (who) => `${who} declined your meeting request.`,
      cancelled: (who) => `${who} cancelled your meeting.`,
      expired: (who) => `Your meeting request to ${who} expired without an answer.`,
    },
    message: 'Message',
    when: 'When',
    where: 'Where',
    unplaced: 'No slot and table yet; we will tell you when there is one.',
    link: 'See it in My account',
  },
};

export const matchmakingMeetingsMessages = { vi, en } as const;
