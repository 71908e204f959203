// UI and email text for seat reservations in limited sessions, in both languages.
import type { Lang } from '../locales';
import type { SeatNotice } from '../../seats/seats';

interface SeatsText {
  heading: string;
  seatsLeft: (left: number, capacity: number) => string;
  full: (capacity: number) => string;
  waitlistSize: (n: number) => string;
  notLimited: string;
  sessionCancelled: string;
  youHaveSeat: string;
  youAreWaitlisted: (position: number) => string;
  reserve: string;
  joinWaitlist: string;
  cancelSeat: string;
  leaveWaitlist: string;
  signInToReserve: string;
  verifyToReserve: string;
  backToSession: string;
  notices: Record<SeatNotice, string>;
  email: {
    subject: (title: string) => string;
    greeting: (name: string) => string;
    body: (title: string) => string;
    when: string;
    where: string;
    details: string;
    cancelHint: string;
  };
}

const vi: SeatsText = {
  heading: 'Chỗ ngồi',
  seatsLeft: (left, capacity) => `Còn ${left} / ${capacity} chỗ`,
  full: (capacity) => `Đã kín ${capacity} chỗ`,
  waitlistSize: (n) => (n === 0 ? 'Chưa có ai trong danh sách chờ' : `${n} người trong danh sách chờ`),
  notLimited: 'Phiên này không giới hạn chỗ, không cần đặt trước.',
  sessionCancelled: 'Phiên này đã bị hủy.',
  youHaveSeat: 'Bạn đã có chỗ trong phiên này.',
  youAreWaitlisted: (position) => `Bạn đang ở vị trí ${position} trong danh sách chờ.`,
  reserve: 'Đặt chỗ',
  joinWaitlist: 'Vào danh sách chờ',
  cancelSeat: 'Hủy chỗ',
  leaveWaitlist: 'Rời danh sách chờ',
  signInToReserve: 'Đăng nhập để đặt chỗ',
  verifyToReserve: 'Xác nhận email của bạn để đặt chỗ (gửi lại đường dẫn trong Tài khoản của tôi)',
  backToSession: 'Quay lại trang phiên',
  notices: {
    confirmed: 'Đã đặt chỗ thành công.',
    waitlisted: 'Phiên đã kín chỗ: bạn đã được thêm vào danh sách chờ.',
    already: 'Bạn đã đặt chỗ hoặc đang chờ trong phiên này.',
    cancelled: 'Đã hủy đặt chỗ.',
    'not-reserved': 'Bạn chưa đặt chỗ trong phiên này.',
    'not-limited': 'Phiên này không giới hạn chỗ, không cần đặt trước.',
    'session-cancelled': 'Phiên này đã bị hủy, không thể đặt chỗ.',
    'email-unverified': 'Vui lòng xác nhận địa chỉ email trước khi đặt chỗ.',
    invalid: 'Yêu cầu không hợp lệ. Vui lòng thử lại.',
  },
  email: {
    subject: (title) => `Bạn đã có chỗ: ${title}`,
    greeting: (name) => `Xin chào ${name},`,
    body: (title) =>
      `Một chỗ vừa được trả lại và bạn, người đầu tiên trong danh sách chờ, nay đã có chỗ trong phiên "${title}". Bạn không cần làm gì thêm: hãy đến trước giờ bắt đầu vài phút.`,
    when: 'Thời gian',
    where: 'Địa điểm',
    details: 'Chi tiết phiên',
    cancelHint: 'Nếu không thể tham dự, vui lòng hủy chỗ trên trang phiên để nhường cho người khác.',
  },
};

const en: SeatsText = {
  heading: 'Seats',
  seatsLeft: (left, capacity) => `${left} of ${capacity} seats left`,
  full: (capacity) => `Full (${capacity} seats)`,
  waitlistSize: (n) =>
    n === 0 ? 'Nobody on the waitlist yet' : n === 1 ? '1 person on the waitlist' : `${n} people on the waitlist`,
  notLimited: 'This session has no seat limit; no reservation needed.',
  sessionCancelled: 'This session has been cancelled.',
  youHaveSeat: 'You have a seat in this session.',
  youAreWaitlisted: (position) => `You are number ${position} on the waitlist.`,
  reserve: 'Reserve a seat',
  joinWaitlist: 'Join the waitlist',
  cancelSeat: 'Cancel my seat',
  leaveWaitlist: 'Leave the waitlist',
  signInToReserve: 'Sign in to reserve a seat',
  verifyToReserve: 'Confirm your email address to reserve a seat (resend the link from My account)',
  backToSession: 'Back to the session',
  notices: {
    confirmed: 'Your seat is reserved.',
    waitlisted: 'The session is full: you have been added to the waitlist.',
    already: 'You already have a seat or a waitlist place in this session.',
    cancelled: 'Your reservation has been cancelled.',
    'not-reserved': 'You had no reservation in this session.',
    'not-limited': 'This session has no seat limit; no reservation needed.',
    'session-cancelled': 'This session has been cancelled; it cannot be reserved.',
    'email-unverified': 'Please confirm your email address before reserving a seat.',
    invalid: 'The request was not valid. Please try again.',
  },
  email: {
    subject: (title) => `You have a seat: ${title}`,
    greeting: (name) => `Dear ${name},`,
    body: (title) =>
      `A seat was given back and, as first on the waitlist, you now have a seat in "${title}". You do not need to do anything else: just arrive a few minutes before it starts.`,
    when: 'When',
    where: 'Where',
    details: 'Session details',
    cancelHint: 'If you cannot attend, please cancel on the session page so someone else can take the seat.',
  },
};

/** Seat reservation text, by language. */
export const seatsMessages = { vi, en } as const;

/** Seat reservation text in a language. */
export function seatsT(lang: Lang): SeatsText {
  return seatsMessages[lang];
}
