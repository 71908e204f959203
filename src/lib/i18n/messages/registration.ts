// Text of the registration form, its errors, the thank-you page and the registration emails.
// Vietnamese is the reference; English is type-checked against its keys.
import type { Lang } from '../locales';

const vi = {
  title: 'Đăng ký tham dự',
  description:
    'Đăng ký miễn phí để nhận vé điện tử, đặt chỗ hội thảo và kết nối giao thương tại Hội nghị Thượng đỉnh Đô thị thông minh Việt Nam – châu Á, Hà Nội, 23/12/2025.',
  intro: 'Tham dự miễn phí. Sau khi đăng ký, bạn sẽ nhận email xác nhận kèm vé điện tử có mã QR.',
  requiredNote: 'Các trường có dấu * là bắt buộc.',
  required: '(bắt buộc)',
  sections: {
    account: 'Tài khoản',
    profile: 'Thông tin đại biểu',
    interests: 'Chủ đề quan tâm và ngôn ngữ',
    accessibility: 'Nhu cầu hỗ trợ tiếp cận',
    consents: 'Sự đồng ý xử lý dữ liệu cá nhân',
  },
  labels: {
    fullName: 'Họ và tên',
    email: 'Email',
    password: 'Mật khẩu',
    organisation: 'Cơ quan / tổ chức',
    jobTitle: 'Chức danh',
    country: 'Quốc gia',
    category: 'Nhóm đại biểu',
    topics: 'Chủ đề quan tâm',
    language: 'Ngôn ngữ nhận thư',
    wheelchair: 'Tôi cần lối đi và chỗ ngồi cho xe lăn',
    signLanguage: 'Tôi cần phiên dịch ngôn ngữ ký hiệu',
    accessibilityOther: 'Nhu cầu hỗ trợ khác',
    consentRegistration:
      'Tôi đồng ý để Ban tổ chức xử lý dữ liệu cá nhân của tôi cho việc đăng ký, tài khoản, vé, check-in và đặt chỗ, như mô tả trong',
    consentMatchmaking:
      'Hiển thị họ tên, tổ chức, chức danh và chủ đề quan tâm của tôi với các đại biểu khác trong khu kết nối B2B.',
    consentContactSharing:
      'Chia sẻ email của tôi với đơn vị trưng bày (hoặc đại biểu) sau khi tôi chấp nhận cuộc gặp với họ.',
    consentAccessibility:
      'Tôi đồng ý để Ban tổ chức sử dụng thông tin về nhu cầu hỗ trợ tiếp cận nêu trên (dữ liệu nhạy cảm) để chuẩn bị hỗ trợ trong ngày hội nghị.',
    consentNews: 'Nhận tin tức từ Ban tổ chức về hội nghị năm nay và các năm sau.',
    privacyLink: 'Thông báo bảo vệ dữ liệu cá nhân',
    optional: '(không bắt buộc)',
  },
  hints: {
    email: 'Chúng tôi gửi vé và đường dẫn xác nhận tới địa chỉ này.',
    password: 'Ít nhất 8 ký tự, tối đa 128. Nên dùng một cụm từ dễ nhớ.',
    topics: 'Chọn một hoặc nhiều chủ đề để nhận gợi ý phiên và đối tác phù hợp.',
    accessibility:
      'Không bắt buộc. Chỉ nhóm hỗ trợ tiếp cận được xem và thông tin được xoá trong vòng 30 ngày sau hội nghị.',
    accessibilityOther: 'Ví dụ: chỗ ngồi có vòng từ hỗ trợ nghe, tài liệu chữ lớn.',
    consents: 'Các ô không bắt buộc có thể thay đổi bất cứ lúc nào trong “Tài khoản của tôi”.',
  },
  choose: '— Chọn —',
  categories: {
    government: 'Cơ quan nhà nước',
    business: 'Doanh nghiệp',
    startup: 'Doanh nghiệp khởi nghiệp',
    academia: 'Trường đại học, viện nghiên cứu',
    'international-organisation': 'Tổ chức quốc tế',
    press: 'Báo chí',
  },
  languages: { vi: 'Tiếng Việt', en: 'English' },
  showPassword: 'Hiện mật khẩu',
  submit: 'Đăng ký',
  haveAccount: 'Đã có tài khoản?',
  login: 'Đăng nhập',
  errors: {
    summary: 'Vui lòng sửa các lỗi sau:',
    topics: 'Vui lòng chỉ chọn các chủ đề trong danh sách.',
    consentRequired: 'Bạn cần đồng ý để Ban tổ chức xử lý dữ liệu đăng ký thì mới có thể đăng ký.',
    consentAccessibility:
      'Để chúng tôi sử dụng thông tin hỗ trợ tiếp cận, vui lòng đánh dấu ô đồng ý bên dưới, hoặc xoá thông tin này.',
    unexpected: 'Đã xảy ra lỗi khi lưu đăng ký. Chưa có dữ liệu nào được lưu; vui lòng thử lại.',
  },
  /** Field names inside sentences ("Vui lòng nhập họ và tên."). */
  fieldNames: {
    fullName: 'họ và tên',
    email: 'địa chỉ email',
    password: 'mật khẩu',
    organisation: 'tên cơ quan / tổ chức',
    jobTitle: 'chức danh',
    country: 'quốc gia',
    category: 'nhóm đại biểu',
    topics: 'chủ đề quan tâm',
    language: 'ngôn ngữ nhận thư',
    accessibilityOther: 'nhu cầu hỗ trợ khác',
    currentPassword: 'mật khẩu hiện tại',
    newPassword: 'mật khẩu mới',
  },
  thanks: {
    title: 'Cảm ơn bạn đã đăng ký',
    text: 'Chúng tôi đã gửi email tới địa chỉ bạn cung cấp. Hãy mở đường dẫn trong thư để xác nhận địa chỉ email; vé điện tử được đính kèm trong thư xác nhận đăng ký.',
    spam: 'Không thấy thư? Hãy kiểm tra thư mục thư rác, hoặc đăng nhập và gửi lại thư xác nhận.',
    login: 'Đăng nhập',
  },
  emails: {
    verify: {
      subject: 'Xác nhận địa chỉ email của bạn – Hội nghị Đô thị thông minh',
      greeting: (name: string) => `Kính gửi ${name},`,
      body: 'Vui lòng xác nhận địa chỉ email của bạn bằng cách mở đường dẫn dưới đây. Đường dẫn có hiệu lực trong 48 giờ.',
      action: 'Xác nhận email',
      ignore: 'Nếu bạn không đăng ký, hãy bỏ qua thư này.',
    },
    confirmation: {
      subject: 'Đăng ký thành công – vé tham dự Hội nghị Đô thị thông minh 23/12/2025',
      greeting: (name: string) => `Kính gửi ${name},`,
      body: 'Cảm ơn bạn đã đăng ký tham dự Hội nghị Thượng đỉnh Đô thị thông minh Việt Nam – châu Á, ngày 23/12/2025 tại Hà Nội. Vé điện tử của bạn (mã QR) được đính kèm thư này; hãy xuất trình khi check-in.',
      ticketCode: 'Mã vé',
      ticketPage: 'Xem vé trực tuyến',
      agenda: 'Xem chương trình và đặt chỗ hội thảo',
    },
    signature: 'Ban tổ chức Hội nghị Thượng đỉnh Đô thị thông minh Việt Nam – châu Á',
  },
};

const en: typeof vi = {
  title: 'Register to attend',
  description:
    'Register free of charge for your e-ticket, workshop seats and B2B matchmaking at the Vietnam–Asia Smart City Summit, Hanoi, 23 December 2025.',
  intro: 'Attendance is free. After registering you will receive a confirmation email with your e-ticket (QR code).',
  requiredNote: 'Fields marked * are required.',
  required: '(required)',
  sections: {
    account: 'Account',
    profile: 'About you',
    interests: 'Interests and language',
    accessibility: 'Accessibility needs',
    consents: 'Consent to processing of personal data',
  },
  labels: {
    fullName: 'Full name',
    email: 'Email',
    password: 'Password',
    organisation: 'Organisation',
    jobTitle: 'Job title',
    country: 'Country',
    category: 'Delegate category',
    topics: 'Topics of interest',
    language: 'Language for emails',
    wheelchair: 'I need wheelchair access and seating',
    signLanguage: 'I need sign language interpretation',
    accessibilityOther: 'Other support needs',
    consentRegistration:
      'I agree that the organisers process my personal data for my registration, account, ticket, check-in and seat reservations, as described in the',
    consentMatchmaking:
      'Show my name, organisation, job title and interests to other delegates in the B2B matchmaking area.',
    consentContactSharing: 'Share my email address with an exhibitor (or delegate) after I accept a meeting with them.',
    consentAccessibility:
      'I agree that the organisers use the accessibility needs above (sensitive data) to arrange support on the day.',
    consentNews: 'Receive news from the organisers about this and future summits.',
    privacyLink: 'privacy notice',
    optional: '(optional)',
  },
  hints: {
    email: 'We send your ticket and a confirmation link to this address.',
    password: 'At least 8 characters, up to 128. A memorable passphrase works well.',
    topics: 'Choose one or more to get matching session and partner suggestions.',
    accessibility:
      'Optional. Only the accessibility team can see this, and it is deleted within 30 days after the summit.',
    accessibilityOther: 'For example: a hearing loop seat, large-print material.',
    consents: 'You can change the optional boxes at any time in “My account”.',
  },
  choose: '— Choose —',
  categories: {
    government: 'Government',
    business: 'Business',
    startup: 'Startup',
    academia: 'Academia and research',
    'international-organisation': 'International organisation',
    press: 'Press',
  },
  languages: { vi: 'Tiếng Việt', en: 'English' },
  showPassword: 'Show password',
  submit: 'Register',
  haveAccount: 'Already registered?',
  login: 'Sign in',
  errors: {
    summary: 'Please correct the following:',
    topics: 'Please choose topics from the list only.',
    consentRequired: 'You need to agree to the processing of your registration data to register.',
    consentAccessibility: 'To let us use your accessibility needs, tick the consent box below, or clear them.',
    unexpected: 'Something went wrong while saving your registration. Nothing was saved; please try again.',
  },
  fieldNames: {
    fullName: 'your full name',
    email: 'your email address',
    password: 'a password',
    organisation: 'your organisation',
    jobTitle: 'your job title',
    country: 'your country',
    category: 'a delegate category',
    topics: 'topics of interest',
    language: 'a language for emails',
    accessibilityOther: 'other support needs',
    currentPassword: 'your current password',
    newPassword: 'a new password',
  },
  thanks: {
    title: 'Thank you for registering',
    text: 'We have sent an email to the address you gave. Open the link in it to confirm your email address; your e-ticket is attached to the registration confirmation.',
    spam: 'No email? Check your spam folder, or sign in and send the confirmation again.',
    login: 'Sign in',
  },
  emails: {
    verify: {
      subject: 'Confirm your email address – Smart City Summit',
      greeting: (name) => `Dear ${name},`,
      body: 'Please confirm your email address by opening the link below. The link is valid for 48 hours.',
      action: 'Confirm email',
      ignore: 'If you did not register, you can ignore this email.',
    },
    confirmation: {
      subject: 'Registration confirmed – your ticket for the Smart City Summit, 23 December 2025',
      greeting: (name) => `Dear ${name},`,
      body: 'Thank you for registering for the Vietnam–Asia Smart City Summit, 23 December 2025 in Hanoi. Your e-ticket (QR code) is attached; please show it at check-in.',
      ticketCode: 'Ticket code',
      ticketPage: 'See your ticket online',
      agenda: 'See the programme and reserve workshop seats',
    },
    signature: 'The organisers of the Vietnam–Asia Smart City Summit',
  },
};

export const registrationText = { vi, en } as const;
export type RegistrationText = typeof vi;

/** The registration text in a language. */
export function registrationT(lang: Lang): RegistrationText {
  return registrationText[lang];
}
