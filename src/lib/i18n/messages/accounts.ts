// Text of sign-in, sign-out, email verification, password reset, "My account" and the account
// emails. Vietnamese is the reference; English is type-checked against its keys.
import type { Lang } from '../locales';

const vi = {
  status: {
    'logged-out': 'Bạn đã đăng xuất.',
    verified: 'Địa chỉ email của bạn đã được xác nhận. Cảm ơn bạn!',
    'verify-failed': 'Đường dẫn xác nhận không hợp lệ hoặc đã hết hạn. Hãy đăng nhập và gửi lại thư xác nhận.',
    'reset-sent':
      'Nếu có tài khoản gắn với địa chỉ này, chúng tôi đã gửi thư kèm đường dẫn đặt lại mật khẩu. Đường dẫn có hiệu lực trong 1 giờ.',
    deleted: 'Tài khoản và dữ liệu của bạn đã được xoá.',
    'sign-in-needed': 'Vui lòng đăng nhập để tiếp tục.',
  },
  login: {
    title: 'Đăng nhập',
    description: 'Đăng nhập tài khoản đại biểu để xem vé, đặt chỗ và quản lý thông tin.',
    email: 'Email',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    forgot: 'Quên mật khẩu?',
    noAccount: 'Chưa có tài khoản?',
    register: 'Đăng ký tham dự',
    emailRequired: 'Vui lòng nhập địa chỉ email.',
    passwordRequired: 'Vui lòng nhập mật khẩu.',
    tooManyAccount: (minutes: number) =>
      `Có quá nhiều lần đăng nhập sai với địa chỉ email này. Để bảo vệ tài khoản, vui lòng thử lại sau ${minutes} phút hoặc đặt lại mật khẩu.`,
    tooManyAddress: (minutes: number) =>
      `Có quá nhiều lần đăng nhập sai từ mạng của bạn. Vui lòng thử lại sau ${minutes} phút.`,
  },
  logout: { submit: 'Đăng xuất' },
  verify: {
    title: 'Xác nhận email',
    resend: 'Gửi lại thư xác nhận',
    resent: 'Chúng tôi đã gửi lại thư xác nhận tới địa chỉ email của bạn.',
    pending: 'Địa chỉ email của bạn chưa được xác nhận. Hãy mở đường dẫn trong thư chúng tôi đã gửi.',
  },
  forgot: {
    title: 'Quên mật khẩu',
    description: 'Nhận đường dẫn đặt lại mật khẩu qua email.',
    intro:
      'Nhập địa chỉ email bạn đã dùng để đăng ký. Chúng tôi sẽ gửi đường dẫn đặt lại mật khẩu, có hiệu lực trong 1 giờ.',
    email: 'Email',
    submit: 'Gửi đường dẫn',
    back: 'Quay lại đăng nhập',
  },
  reset: {
    title: 'Đặt lại mật khẩu',
    intro: 'Chọn mật khẩu mới. Sau khi đặt lại, mọi phiên đăng nhập khác của bạn sẽ kết thúc.',
    password: 'Mật khẩu mới',
    hint: 'Ít nhất 8 ký tự, tối đa 128.',
    submit: 'Đặt mật khẩu mới',
    requestNew: 'Yêu cầu đường dẫn mới',
  },
  me: {
    title: 'Tài khoản của tôi',
    description: 'Hồ sơ, mật khẩu, sự đồng ý và dữ liệu cá nhân của bạn.',
    greeting: (name: string) => `Xin chào, ${name}`,
    nav: 'Trong trang này',
    ticket: 'Vé của tôi',
    saved: 'Đã lưu thay đổi.',
    profile: { heading: 'Hồ sơ', email: 'Email (dùng để đăng nhập, không thể thay đổi tại đây)', submit: 'Lưu hồ sơ' },
    password: {
      heading: 'Đổi mật khẩu',
      current: 'Mật khẩu hiện tại',
      next: 'Mật khẩu mới',
      submit: 'Đổi mật khẩu',
      changed: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.',
    },
    consents: {
      heading: 'Sự đồng ý',
      intro:
        'Bạn có thể đồng ý hoặc rút lại từng mục không bắt buộc bất cứ lúc nào. Việc rút lại không ảnh hưởng đến hoạt động xử lý đã thực hiện trước đó.',
      required: 'Xử lý dữ liệu cho việc đăng ký (bắt buộc): đã đồng ý ngày',
      requiredNote: 'Để rút lại sự đồng ý bắt buộc, hãy xoá tài khoản ở cuối trang.',
      givenOn: (date: string) => `đã đồng ý ngày ${date}`,
      notGiven: 'chưa đồng ý',
      submit: 'Lưu lựa chọn',
      accessibilityCleared: 'Khi rút lại sự đồng ý về hỗ trợ tiếp cận, thông tin nhu cầu hỗ trợ của bạn sẽ bị xoá.',
    },
    data: {
      heading: 'Dữ liệu của tôi',
      text: 'Tải về toàn bộ dữ liệu chúng tôi lưu giữ về bạn dưới dạng tệp JSON.',
      download: 'Tải dữ liệu của tôi',
    },
    delete: {
      heading: 'Xoá tài khoản',
      text: 'Xoá vĩnh viễn tài khoản, vé, các chỗ đã đặt, phiên đã lưu và sự đồng ý của bạn. Chỗ bạn đã đặt sẽ được chuyển cho người trong danh sách chờ. Không thể hoàn tác.',
      password: 'Nhập mật khẩu để xác nhận',
      confirm: 'Tôi hiểu rằng tài khoản và vé của tôi sẽ bị xoá vĩnh viễn.',
      confirmRequired: 'Vui lòng đánh dấu ô xác nhận để xoá tài khoản.',
      submit: 'Xoá tài khoản',
    },
  },
  emails: {
    signature: 'Ban tổ chức Hội nghị Thượng đỉnh Đô thị thông minh Việt Nam – châu Á',
    greeting: (name: string) => `Kính gửi ${name},`,
    exists: {
      subject: 'Bạn đã có tài khoản – Hội nghị Đô thị thông minh',
      body: 'Có người (có thể là bạn) vừa dùng địa chỉ email này để đăng ký tham dự hội nghị. Địa chỉ này đã có tài khoản, nên chúng tôi không tạo tài khoản mới.',
      login: 'Đăng nhập',
      reset: 'Nếu bạn quên mật khẩu, hãy đặt lại mật khẩu (đường dẫn có hiệu lực trong 1 giờ)',
      ignore: 'Nếu không phải bạn, hãy bỏ qua thư này; tài khoản của bạn không thay đổi.',
    },
    reset: {
      subject: 'Đặt lại mật khẩu – Hội nghị Đô thị thông minh',
      body: 'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Mở đường dẫn dưới đây để chọn mật khẩu mới. Đường dẫn chỉ dùng được một lần và có hiệu lực trong 1 giờ.',
      action: 'Đặt lại mật khẩu',
      ignore: 'Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không thay đổi.',
    },
  },
};

const en: typeof vi = {
  status: {
    'logged-out': 'You have signed out.',
    verified: 'Your email address is confirmed. Thank you!',
    'verify-failed': 'This confirmation link is invalid or has expired. Sign in to send a new one.',
    'reset-sent':
      'If an account exists for this address, we have sent an email with a link to reset the password. The link is valid for 1 hour.',
    deleted: 'Your account and your data have been deleted.',
    'sign-in-needed': 'Please sign in to continue.',
  },
  login: {
    title: 'Sign in',
    description: 'Sign in to your delegate account to see your ticket, reserve seats and manage your details.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    noAccount: 'No account yet?',
    register: 'Register to attend',
    emailRequired: 'Please enter your email address.',
    passwordRequired: 'Please enter your password.',
    tooManyAccount: (minutes) =>
      `Too many failed sign-in attempts for this email address. To protect the account, please try again in ${minutes} minute${minutes === 1 ? '' : 's'} or reset your password.`,
    tooManyAddress: (minutes) =>
      `Too many failed sign-in attempts from your network. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  },
  logout: { submit: 'Sign out' },
  verify: {
    title: 'Confirm email',
    resend: 'Send the confirmation email again',
    resent: 'We have sent the confirmation email to your address again.',
    pending: 'Your email address is not confirmed yet. Please open the link in the email we sent you.',
  },
  forgot: {
    title: 'Forgot password',
    description: 'Get a link to reset your password by email.',
    intro:
      'Enter the email address you registered with. We will send you a link to reset your password, valid for 1 hour.',
    email: 'Email',
    submit: 'Send the link',
    back: 'Back to sign in',
  },
  reset: {
    title: 'Reset password',
    intro: 'Choose a new password. Once it is reset, all your other sessions are signed out.',
    password: 'New password',
    hint: 'At least 8 characters, up to 128.',
    submit: 'Set new password',
    requestNew: 'Ask for a new link',
  },
  me: {
    title: 'My account',
    description: 'Your profile, password, consents and personal data.',
    greeting: (name) => `Hello, ${name}`,
    nav: 'On this page',
    ticket: 'My ticket',
    saved: 'Your changes are saved.',
    profile: { heading: 'Profile', email: 'Email (used to sign in; cannot be changed here)', submit: 'Save profile' },
    password: {
      heading: 'Change password',
      current: 'Current password',
      next: 'New password',
      submit: 'Change password',
      changed: 'Your password is changed. Your other sessions have been signed out.',
    },
    consents: {
      heading: 'Consents',
      intro:
        'You can give or withdraw each optional consent at any time. Withdrawing does not affect processing carried out before.',
      required: 'Processing for registration (required): given on',
      requiredNote: 'To withdraw the required consent, delete your account at the bottom of this page.',
      givenOn: (date) => `given on ${date}`,
      notGiven: 'not given',
      submit: 'Save choices',
      accessibilityCleared: 'Withdrawing the accessibility consent deletes the support needs you told us about.',
    },
    data: {
      heading: 'My data',
      text: 'Download all the data we hold about you as a JSON file.',
      download: 'Download my data',
    },
    delete: {
      heading: 'Delete account',
      text: 'Permanently deletes your account, ticket, seat reservations, saved sessions and consents. Seats you held go to the next people on the waitlist. This cannot be undone.',
      password: 'Enter your password to confirm',
      confirm: 'I understand that my account and ticket will be deleted permanently.',
      confirmRequired: 'Please tick the confirmation box to delete your account.',
      submit: 'Delete account',
    },
  },
  emails: {
    signature: 'The organisers of the Vietnam–Asia Smart City Summit',
    greeting: (name) => `Dear ${name},`,
    exists: {
      subject: 'You already have an account – Smart City Summit',
      body: 'Someone (probably you) just used this email address to register for the summit. This address already has an account, so no new account was created.',
      login: 'Sign in',
      reset: 'If you forgot your password, reset it (the link is valid for 1 hour)',
      ignore: 'If this was not you, you can ignore this email; your account has not changed.',
    },
    reset: {
      subject: 'Reset your password – Smart City Summit',
      body: 'We received a request to reset the password of your account. Open the link below to choose a new password. The link works once and is valid for 1 hour.',
      action: 'Reset password',
      ignore: 'If you did not ask for this, you can ignore this email; your password has not changed.',
    },
  },
};

export const accountsText = { vi, en } as const;
export type AccountsText = typeof vi;
/** A status notice shown on the sign-in and account pages after a redirect. */
export type AccountStatus = keyof AccountsText['status'];

/** The account text in a language. */
export function accountsT(lang: Lang): AccountsText {
  return accountsText[lang];
}
