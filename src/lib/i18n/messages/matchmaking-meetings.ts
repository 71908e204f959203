// Text for B2B meetings (blocking reasons, emails), in both languages; refusals live in errors.ts.
import type { Lang } from '../locales';
import type { BlockReason } from '../../matchmaking/schedule-problem';

/** The steps a meeting email tells the other side about. */
export type MeetingStep = 'requested' | 'accepted' | 'declined' | 'cancelled' | 'expired';

interface MeetingsText {
  reasons: Record<BlockReason, string>;
  noSlot: string;
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
  reasons: {
    'no-common-availability': 'Hai bên chưa có khung giờ rảnh chung.',
    'seat-clash': 'Mọi khung giờ chung đều trùng với phiên mà một bên đã giữ chỗ.',
    'person-busy': 'Một bên đã có cuộc gặp khác trong các khung giờ chung.',
    'tables-full': 'Tất cả các bàn đã kín trong các khung giờ chung.',
  },
  noSlot: 'Cuộc gặp đã được chấp nhận nhưng chưa xếp được giờ và bàn; ban tổ chức sẽ xếp khi có thể.',
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
  reasons: {
    'no-common-availability': 'You have no available slot in common.',
    'seat-clash': 'Every common slot clashes with a session one of you holds a seat in.',
    'person-busy': 'One of you already has another meeting in every common slot.',
    'tables-full': 'Every table is taken in your common slots.',
  },
  noSlot: 'The meeting is accepted but has no slot and table yet; the organisers will place it when they can.',
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

/** The text in a language. */
export function matchmakingMeetingsT(lang: Lang): (typeof matchmakingMeetingsMessages)['vi'] {
  return matchmakingMeetingsMessages[lang];
}
