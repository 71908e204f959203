// Text of the organisers' pages: registrations overview, seats, CSV export, outbox. Vietnamese is the reference.
import type { Lang } from '../locales';

const vi = {
  nav: {
    label: 'Quản trị',
    registrations: 'Đăng ký',
    outbox: 'Hộp thư đi',
    checkIn: 'Check-in',
    matchmaking: 'Kết nối B2B',
  },
  registrations: {
    title: 'Danh sách đăng ký',
    total: (n: number) => `Tổng số: ${n} đại biểu`,
    byCategory: 'Theo nhóm đại biểu',
    category: 'Nhóm',
    count: 'Số lượng',
    uncategorised: 'Chưa phân nhóm',
    latest: (shown: number, total: number) => `${shown} đăng ký gần nhất (trên tổng số ${total})`,
    csv: 'Tải CSV toàn bộ danh sách',
    empty: 'Chưa có đăng ký nào.',
    columns: {
      registeredAt: 'Thời điểm đăng ký (GMT+7)',
      fullName: 'Họ và tên',
      email: 'Email',
      verified: 'Đã xác nhận email',
      organisation: 'Tổ chức',
      jobTitle: 'Chức danh',
      country: 'Quốc gia',
      category: 'Nhóm',
      role: 'Vai trò',
      language: 'Ngôn ngữ',
      topics: 'Chủ đề',
      accessibility: 'Hỗ trợ tiếp cận',
      matchmaking: 'Đồng ý kết nối',
      news: 'Nhận tin',
      checkedIn: 'Đã check-in',
      sample: 'Mẫu',
    },
    yes: 'Có',
    no: 'Không',
    wheelchair: 'xe lăn',
    signLanguage: 'ngôn ngữ ký hiệu',
  },
  seats: {
    title: 'Chỗ ngồi trong các phiên giới hạn',
    session: 'Phiên',
    time: 'Thời gian (GMT+7)',
    capacity: 'Số chỗ',
    confirmed: 'Đã xác nhận',
    waitlisted: 'Danh sách chờ',
    left: 'Còn trống',
  },
  outbox: {
    title: 'Hộp thư đi',
    intro:
      'Các email nền tảng đã gửi, đang chờ gửi hoặc lưu lại. Khi chưa cấu hình SMTP_URL, email chỉ được lưu tại đây.',
    empty: 'Chưa có email nào.',
    to: 'Người nhận',
    subject: 'Tiêu đề',
    created: 'Tạo lúc (GMT+7)',
    status: 'Trạng thái',
    sent: 'Đã gửi',
    stored: 'Chỉ lưu (chưa cấu hình SMTP)',
    failed: (error: string, attempts: number) => `Gửi thất bại sau ${attempts} lần thử: ${error}`,
    queued: (attempts: number, error: string | null) =>
      attempts === 0 ? 'Đang chờ gửi' : `Đang chờ gửi lại (đã thử ${attempts} lần; lỗi gần nhất: ${error ?? '—'})`,
    failedCount: (n: number) => `${n} email gửi thất bại sau số lần thử tối đa.`,
    attachments: 'Tệp đính kèm',
    showing: (shown: number, total: number) => `Hiển thị ${shown} email gần nhất trên tổng số ${total}`,
  },
};

const en: typeof vi = {
  nav: {
    label: 'Administration',
    registrations: 'Registrations',
    outbox: 'Outbox',
    checkIn: 'Check-in',
    matchmaking: 'B2B matchmaking',
  },
  registrations: {
    title: 'Registrations',
    total: (n) => `Total: ${n} delegate${n === 1 ? '' : 's'}`,
    byCategory: 'By delegate category',
    category: 'Category',
    count: 'Count',
    uncategorised: 'No category',
    latest: (shown, total) => `The ${shown} latest registrations (of ${total})`,
    csv: 'Download the full list as CSV',
    empty: 'No registrations yet.',
    columns: {
      registeredAt: 'Registered at (GMT+7)',
      fullName: 'Full name',
      email: 'Email',
      verified: 'Email confirmed',
      organisation: 'Organisation',
      jobTitle: 'Job title',
      country: 'Country',
      category: 'Category',
      role: 'Role',
      language: 'Language',
      topics: 'Topics',
      accessibility: 'Accessibility',
      matchmaking: 'Matchmaking consent',
      news: 'News consent',
      checkedIn: 'Checked in',
      sample: 'Sample',
    },
    yes: 'Yes',
    no: 'No',
    wheelchair: 'wheelchair',
    signLanguage: 'sign language',
  },
  seats: {
    title: 'Seats in limited sessions',
    session: 'Session',
    time: 'Time (GMT+7)',
    capacity: 'Seats',
    confirmed: 'Confirmed',
    waitlisted: 'Waitlist',
    left: 'Free',
  },
  outbox: {
    title: 'Outbox',
    intro: 'Emails the platform sent, is waiting to send, or stored. Without SMTP_URL they are only stored here.',
    empty: 'No emails yet.',
    to: 'To',
    subject: 'Subject',
    created: 'Created (GMT+7)',
    status: 'Status',
    sent: 'Sent',
    stored: 'Stored only (no SMTP configured)',
    failed: (error, attempts) => `Delivery failed after ${attempts} attempts: ${error}`,
    queued: (attempts, error) =>
      attempts === 0
        ? 'Waiting to be sent'
        : `Waiting for a retry (${attempts} attempts so far; last error: ${error ?? '—'})`,
    failedCount: (n) => `${n} emails failed after the last attempt.`,
    attachments: 'Attachments',
    showing: (shown, total) => `Showing the ${shown} latest of ${total} emails`,
  },
};

export const adminText = { vi, en } as const;

/** The organisers' pages text in a language. */
export function adminT(lang: Lang): typeof vi {
  return adminText[lang];
}
