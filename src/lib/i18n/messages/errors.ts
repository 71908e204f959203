// The message for every error code (src/lib/errors/codes.ts), in both languages: what forms,
// actions and JSON APIs say when they refuse a request. Capabilities add their codes here.
import type { ErrorCode } from '../../errors/codes';
import type { Lang } from '../locales';
import { commonText } from './common';

/** Parameters some messages take (e.g. how long to wait). */
export interface ErrorParams {
  retryAfterSec?: number;
}

type Catalogue = Record<ErrorCode, string | ((p: ErrorParams) => string)>;

const minutes = (p: ErrorParams) => Math.max(1, Math.ceil((p.retryAfterSec ?? 60) / 60));

const vi: Catalogue = {
  'invalid-request': 'Yêu cầu không hợp lệ.',
  'invalid-input': 'Vui lòng kiểm tra lại các trường được đánh dấu.',
  'unsupported-type': 'Định dạng nội dung không được hỗ trợ.',
  'too-large': 'Yêu cầu quá lớn.',
  'method-not-allowed': 'Phương thức này không được hỗ trợ ở địa chỉ này.',
  'cross-site': commonText.vi.crossSite,
  unauthenticated: commonText.vi.signInFirst,
  forbidden: 'Tài khoản của bạn không có quyền thực hiện việc này.',
  'rate-limited': (p) => `Quá nhiều yêu cầu. Vui lòng thử lại sau ${minutes(p)} phút.`,
  'wrong-password': 'Mật khẩu hiện tại không đúng.',
  'invalid-credentials': 'Email hoặc mật khẩu không đúng.',
  'reset-token-invalid':
    'Đường dẫn đặt lại mật khẩu không hợp lệ, đã được sử dụng hoặc đã hết hạn. Vui lòng yêu cầu đường dẫn mới.',
  'unknown-session': 'Không tìm thấy phiên này trong chương trình.',
  'session-cancelled': 'Phiên này đã bị hủy.',
  'not-limited': 'Phiên này không cần đặt chỗ: mời bạn đến tự do.',
  'star-limit': 'Trình duyệt không lưu thêm được phiên nào. Hãy đăng nhập để lưu lịch vào tài khoản.',
  'email-unverified':
    'Vui lòng xác nhận địa chỉ email trước khi đặt chỗ: hãy mở đường dẫn chúng tôi đã gửi, hoặc gửi lại trong Tài khoản của tôi.',
  'invalid-code': 'Đây không phải mã vé hợp lệ (32 ký tự gồm chữ cái và số 2–7).',
  'unknown-ticket': 'Không có vé nào mang mã này. Hãy kiểm tra lại mã.',
  'invalid-transition': 'Không thể thực hiện việc này ở trạng thái hiện tại của giải pháp.',
  'in-review': 'Giải pháp đang chờ duyệt; hãy rút lại trước khi sửa.',
  'product-limit': 'Đơn vị đã đạt số giải pháp tối đa.',
  'organisation-not-approved': 'Đơn vị trưng bày chưa được duyệt.',
  'already-decided': 'Yêu cầu này đã được quyết định.',
  'invitation-invalid': 'Lời mời không còn hiệu lực (đã dùng hoặc đã hết hạn).',
  'invitation-email-mismatch': 'Lời mời này gửi tới một địa chỉ email khác với tài khoản đang đăng nhập.',
  'sign-in-required': 'Địa chỉ này đã có tài khoản: vui lòng đăng nhập rồi mở lại liên kết.',
  'last-manager': 'Không thể xóa người quản lý cuối cùng của đơn vị.',
  'image-not-owned': 'Ảnh này không thuộc đơn vị của bạn.',
  'image-empty': 'Vui lòng chọn một tệp ảnh.',
  'image-too-large': 'Ảnh quá lớn (tối đa 5 MB).',
  'image-type': 'Chỉ nhận ảnh PNG, JPEG hoặc WebP (kiểm tra theo nội dung tệp).',
  'image-too-small': 'Ảnh phải rộng ít nhất 600 điểm ảnh.',
  'image-too-many-pixels': 'Ảnh có quá nhiều điểm ảnh (tối đa 40 megapixel).',
  'image-corrupt': 'Không đọc được ảnh: tệp bị hỏng hoặc không đầy đủ.',
  'matchmaking-consent-required':
    'Hãy đồng ý tham gia kết nối B2B (trong Tài khoản của tôi) và lập hồ sơ kết nối trước.',
  'message-too-long': 'Lời nhắn quá dài (tối đa 500 ký tự).',
  'self-request': 'Bạn không thể tự gửi yêu cầu gặp cho chính mình.',
  'already-requested': 'Đã có một yêu cầu gặp đang mở giữa hai bạn.',
  'receiver-closed': 'Người này hiện không nhận yêu cầu gặp.',
  'outgoing-cap': 'Bạn đã đạt số yêu cầu đang chờ tối đa. Hãy chờ trả lời hoặc hủy một yêu cầu.',
  'daily-cap': 'Bạn đã gửi đủ số yêu cầu cho phép trong 24 giờ. Vui lòng thử lại sau.',
  'incoming-cap': 'Người này đã nhận đủ số yêu cầu đang chờ mà họ cho phép.',
  'not-yours': 'Chỉ người nhận mới có thể chấp nhận hoặc từ chối yêu cầu.',
  'not-pending': 'Yêu cầu này đã được xử lý.',
  expired: 'Yêu cầu này đã hết hạn.',
  'not-scheduled': 'Cuộc gặp này chưa được xếp giờ và bàn.',
  'too-early': 'Chỉ có thể ghi nhận kết quả sau khi khung giờ gặp kết thúc.',
  'unknown-slot': 'Khung giờ B2B này không có trong chương trình.',
  'not-found': 'Không tìm thấy.',
  conflict: 'Yêu cầu xung đột với trạng thái hiện tại. Vui lòng tải lại trang.',
};

const en: Catalogue = {
  'invalid-request': 'The request is not valid.',
  'invalid-input': 'Please check the highlighted fields.',
  'unsupported-type': 'This content type is not supported.',
  'too-large': 'The request is too large.',
  'method-not-allowed': 'This method is not supported at this address.',
  'cross-site': commonText.en.crossSite,
  unauthenticated: commonText.en.signInFirst,
  forbidden: 'Your account is not allowed to do this.',
  'rate-limited': (p) => {
    const m = minutes(p);
    return `Too many requests. Please try again in ${m} minute${m === 1 ? '' : 's'}.`;
  },
  'wrong-password': 'The current password is incorrect.',
  'invalid-credentials': 'The email or password is incorrect.',
  'reset-token-invalid': 'This password reset link is invalid, already used or expired. Please ask for a new link.',
  'unknown-session': 'This session is not on the programme.',
  'session-cancelled': 'This session has been cancelled.',
  'not-limited': 'This session needs no reservation: just come along.',
  'star-limit': 'This browser cannot keep any more sessions. Sign in to keep your agenda in your account.',
  'email-unverified':
    'Please confirm your email address before reserving a seat: open the link we sent you, or resend it from My account.',
  'invalid-code': 'This is not a valid ticket code (32 letters and digits 2–7).',
  'unknown-ticket': 'No ticket has this code. Please check it and try again.',
  'invalid-transition': 'This cannot be done in the solution’s current state.',
  'in-review': 'This solution is waiting for review; withdraw it before editing.',
  'product-limit': 'Your organisation has reached its maximum number of solutions.',
  'organisation-not-approved': 'This exhibitor organisation is not approved yet.',
  'already-decided': 'This has already been decided.',
  'invitation-invalid': 'This invitation no longer works (it was used or has expired).',
  'invitation-email-mismatch': 'This invitation was sent to a different email address than the signed-in account.',
  'sign-in-required': 'This address already has an account: please sign in, then open the link again.',
  'last-manager': 'The last manager of an organisation cannot be removed.',
  'image-not-owned': 'This image does not belong to your organisation.',
  'image-empty': 'Please choose an image file.',
  'image-too-large': 'The image is too large (at most 5 MB).',
  'image-type': 'Only PNG, JPEG or WebP images are accepted (checked by the file’s content).',
  'image-too-small': 'The image must be at least 600 pixels wide.',
  'image-too-many-pixels': 'The image has too many pixels (at most 40 megapixels).',
  'image-corrupt': 'The image could not be read: the file is damaged or incomplete.',
  'matchmaking-consent-required':
    'Please agree to B2B matchmaking (under My account) and fill in your matchmaking profile first.',
  'message-too-long': 'The message is too long (500 characters at most).',
  'self-request': 'You cannot request a meeting with yourself.',
  'already-requested': 'There is already an open meeting request between you two.',
  'receiver-closed': 'This person is not taking meeting requests at the moment.',
  'outgoing-cap': 'You have reached the maximum of pending requests. Wait for an answer or cancel one.',
  'daily-cap': 'You have sent as many requests as allowed in 24 hours. Please try again later.',
  'incoming-cap': 'This person has as many pending requests as they accept.',
  'not-yours': 'Only the person asked can accept or decline a request.',
  'not-pending': 'This request has already been answered.',
  expired: 'This request has expired.',
  'not-scheduled': 'This meeting has no slot and table yet.',
  'too-early': 'You can record how the meeting went once its slot is over.',
  'unknown-slot': 'This B2B slot is not on the programme.',
  'not-found': 'Not found.',
  conflict: 'The request conflicts with the current state. Please reload the page.',
};

const catalogues = { vi, en } as const;

/** The message for an error code in a language. */
export function errorMessage(code: ErrorCode, lang: Lang, params: ErrorParams = {}): string {
  const m = catalogues[lang][code];
  return typeof m === 'function' ? m(params) : m;
}
