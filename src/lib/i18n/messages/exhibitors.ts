// Text of the exhibitor portal's library: emails (invitations, decisions, enquiries) and the
// leads CSV headers, in both languages.
import type { Lang } from '../locales';

interface ExhibitorsText {
  leadsCsv: Record<'recordedAt' | 'fullName' | 'organisation' | 'category' | 'email' | 'rating' | 'note', string>;
  emails: {
    greeting: (name: string) => string;
    greetingNoName: string;
    signature: string;
    invitation: {
      subject: (org: string) => string;
      body: (org: string) => string;
      action: string;
      expires: (days: number) => string;
      ignore: string;
    };
    application: {
      approvedSubject: (org: string) => string;
      approvedBody: (org: string) => string;
      rejectedSubject: (org: string) => string;
      rejectedBody: (org: string) => string;
      reason: string;
    };
    revision: {
      approvedSubject: (product: string) => string;
      approvedBody: (product: string) => string;
      rejectedSubject: (product: string) => string;
      rejectedBody: (product: string) => string;
      reason: string;
      portal: string;
    };
    enquiry: {
      subject: (product: string) => string;
      body: (from: string, organisation: string, product: string) => string;
      message: string;
      replyTo: string;
      noEmail: string;
      portal: string;
    };
  };
}

export const exhibitorsText: Record<Lang, ExhibitorsText> = {
  vi: {
    leadsCsv: {
      recordedAt: 'Thời điểm',
      fullName: 'Họ tên',
      organisation: 'Đơn vị',
      category: 'Nhóm',
      email: 'Email',
      rating: 'Đánh giá',
      note: 'Ghi chú',
    },
    emails: {
      greeting: (name) => `Xin chào ${name},`,
      greetingNoName: 'Xin chào,',
      signature: 'Ban tổ chức Hội nghị Thượng đỉnh Thành phố thông minh Việt Nam – Châu Á',
      invitation: {
        subject: (org) => `Lời mời quản lý gian hàng ${org}`,
        body: (org) => `Bạn được mời cùng quản lý trang của ${org} trên cổng đơn vị trưng bày của Hội nghị.`,
        action: 'Nhận lời mời',
        expires: (days) => `Liên kết chỉ dùng được một lần và hết hạn sau ${days} ngày.`,
        ignore: 'Nếu bạn không mong đợi thư này, hãy bỏ qua nó.',
      },
      application: {
        approvedSubject: (org) => `Đơn đăng ký của ${org} đã được duyệt`,
        approvedBody: (org) =>
          `${org} đã được chấp nhận là đơn vị trưng bày. Chúng tôi sẽ gửi lời mời quản lý gian hàng.`,
        rejectedSubject: (org) => `Đơn đăng ký của ${org} chưa được chấp nhận`,
        rejectedBody: (org) => `Rất tiếc, đơn đăng ký trưng bày của ${org} chưa được chấp nhận.`,
        reason: 'Lý do',
      },
      revision: {
        approvedSubject: (p) => `Giải pháp “${p}” đã được duyệt`,
        approvedBody: (p) => `Giải pháp “${p}” đã được duyệt và hiển thị trong khu trưng bày.`,
        rejectedSubject: (p) => `Giải pháp “${p}” cần chỉnh sửa`,
        rejectedBody: (p) => `Bản cập nhật giải pháp “${p}” chưa được duyệt. Bạn có thể sửa và gửi lại.`,
        reason: 'Lý do',
        portal: 'Mở cổng đơn vị trưng bày',
      },
      enquiry: {
        subject: (p) => `Yêu cầu liên hệ mới về “${p}”`,
        body: (from, org, p) => `${from} (${org}) gửi yêu cầu liên hệ về giải pháp “${p}”.`,
        message: 'Nội dung',
        replyTo: 'Email liên hệ (người gửi đồng ý chia sẻ)',
        noEmail: 'Người gửi chưa đồng ý chia sẻ email; hãy trả lời trong cổng đơn vị trưng bày.',
        portal: 'Xem trong cổng đơn vị trưng bày',
      },
    },
  },
  en: {
    leadsCsv: {
      recordedAt: 'Recorded at',
      fullName: 'Name',
      organisation: 'Organisation',
      category: 'Category',
      email: 'Email',
      rating: 'Rating',
      note: 'Note',
    },
    emails: {
      greeting: (name) => `Hello ${name},`,
      greetingNoName: 'Hello,',
      signature: 'The organisers of the Vietnam–Asia Smart City Summit',
      invitation: {
        subject: (org) => `Invitation to manage ${org}'s stand`,
        body: (org) => `You are invited to help manage ${org}'s page on the Summit's exhibitor portal.`,
        action: 'Accept the invitation',
        expires: (days) => `The link works once and expires in ${days} days.`,
        ignore: 'If you did not expect this email, you can ignore it.',
      },
      application: {
        approvedSubject: (org) => `${org}'s application is approved`,
        approvedBody: (org) => `${org} has been accepted as an exhibitor. An invitation to manage its stand follows.`,
        rejectedSubject: (org) => `${org}'s application was not accepted`,
        rejectedBody: (org) => `We are sorry: ${org}'s application to exhibit was not accepted.`,
        reason: 'Reason',
      },
      revision: {
        approvedSubject: (p) => `“${p}” is approved`,
        approvedBody: (p) => `Your solution “${p}” is approved and now shown in the showcase.`,
        rejectedSubject: (p) => `“${p}” needs changes`,
        rejectedBody: (p) => `The update to your solution “${p}” was not approved. You can edit it and submit again.`,
        reason: 'Reason',
        portal: 'Open the exhibitor portal',
      },
      enquiry: {
        subject: (p) => `New enquiry about “${p}”`,
        body: (from, org, p) => `${from} (${org}) sent an enquiry about your solution “${p}”.`,
        message: 'Message',
        replyTo: 'Contact email (shared with their consent)',
        noEmail: 'The sender did not share their email; reply in the exhibitor portal.',
        portal: 'See it in the exhibitor portal',
      },
    },
  },
};

/** The exhibitor library's text in a language. */
export function exhibitorsT(lang: Lang): ExhibitorsText {
  return exhibitorsText[lang];
}
