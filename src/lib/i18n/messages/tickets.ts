// Text for the delegate's ticket page and the organisers' check-in desk, in both languages.
import type { Lang } from '../locales';

interface TicketsText {
  ticket: {
    title: string;
    intro: string;
    name: string;
    category: string;
    organisation: string;
    code: string;
    qrLabel: (name: string) => string;
    print: string;
    printHint: string;
    checkedInAt: (time: string) => string;
    keepPrivate: string;
  };
  checkIn: {
    title: string;
    intro: string;
    codeLabel: string;
    codeHint: string;
    submit: string;
    scan: string;
    stopScan: string;
    scanning: string;
    cameraDenied: string;
    scanUnsupported: string;
    checkedInCount: (n: number) => string;
    resultCheckedIn: string;
    resultAlready: (time: string) => string;
    name: string;
    category: string;
    organisation: string;
    accessibility: string;
    wheelchair: string;
    signLanguage: string;
    other: string;
    noNeeds: string;
  };
}

const vi: TicketsText = {
  ticket: {
    title: 'Vé tham dự của bạn',
    intro:
      'Xuất trình mã QR này tại quầy đón tiếp để làm thủ tục vào hội nghị. Bạn có thể in trang này hoặc mở trên điện thoại.',
    name: 'Họ và tên',
    category: 'Đối tượng',
    organisation: 'Đơn vị',
    code: 'Mã vé',
    qrLabel: (name) => `Mã QR vé tham dự của ${name}`,
    print: 'In vé',
    printHint: 'Dùng lệnh In của trình duyệt để in vé.',
    checkedInAt: (time) => `Đã làm thủ tục lúc ${time}`,
    keepPrivate: 'Không chia sẻ mã vé: ai có mã này đều có thể dùng vé của bạn.',
  },
  checkIn: {
    title: 'Làm thủ tục cho đại biểu',
    intro: 'Quét mã QR trên vé hoặc nhập mã vé. Mỗi vé chỉ được làm thủ tục một lần.',
    codeLabel: 'Mã vé',
    codeHint: '32 ký tự gồm chữ cái và số 2–7; có thể nhập kèm dấu gạch ngang hoặc khoảng trắng.',
    submit: 'Làm thủ tục',
    scan: 'Quét bằng camera',
    stopScan: 'Dừng quét',
    scanning: 'Đang quét… Hướng camera vào mã QR trên vé.',
    cameraDenied: 'Không mở được camera. Hãy cho phép truy cập camera hoặc nhập mã vé.',
    scanUnsupported: 'Trình duyệt này không hỗ trợ quét mã; hãy nhập mã vé.',
    checkedInCount: (n) => `Đã làm thủ tục: ${n} đại biểu`,
    resultCheckedIn: 'Đã làm thủ tục',
    resultAlready: (time) => `Vé này đã làm thủ tục lúc ${time}`,
    name: 'Họ và tên',
    category: 'Đối tượng',
    organisation: 'Đơn vị',
    accessibility: 'Nhu cầu hỗ trợ tiếp cận',
    wheelchair: 'Lối đi cho xe lăn',
    signLanguage: 'Phiên dịch ngôn ngữ ký hiệu',
    other: 'Khác',
    noNeeds: 'Không có',
  },
};

const en: TicketsText = {
  ticket: {
    title: 'Your ticket',
    intro: 'Show this QR code at the registration desk to check in. Print this page or open it on your phone.',
    name: 'Name',
    category: 'Category',
    organisation: 'Organisation',
    code: 'Ticket code',
    qrLabel: (name) => `QR code of the ticket for ${name}`,
    print: 'Print ticket',
    printHint: "Use your browser's Print command to print the ticket.",
    checkedInAt: (time) => `Checked in at ${time}`,
    keepPrivate: 'Do not share the ticket code: anyone who has it can use your ticket.',
  },
  checkIn: {
    title: 'Check delegates in',
    intro: 'Scan the QR code on the ticket or type the ticket code. Each ticket checks in once.',
    codeLabel: 'Ticket code',
    codeHint: '32 characters, letters and digits 2–7; hyphens and spaces are ignored.',
    submit: 'Check in',
    scan: 'Scan with camera',
    stopScan: 'Stop scanning',
    scanning: 'Scanning… Point the camera at the QR code on the ticket.',
    cameraDenied: 'The camera could not be opened. Allow camera access or type the code.',
    scanUnsupported: 'This browser cannot scan codes; please type the ticket code.',
    checkedInCount: (n) => `Checked in so far: ${n}`,
    resultCheckedIn: 'Checked in',
    resultAlready: (time) => `Already checked in at ${time}`,
    name: 'Name',
    category: 'Category',
    organisation: 'Organisation',
    accessibility: 'Accessibility needs',
    wheelchair: 'Wheelchair access',
    signLanguage: 'Sign language interpretation',
    other: 'Other',
    noNeeds: 'None',
  },
};

/** Ticket and check-in text, by language. */
export const ticketsMessages = { vi, en } as const;

/** Ticket and check-in text in a language. */
export function ticketsT(lang: Lang): TicketsText {
  return ticketsMessages[lang];
}
