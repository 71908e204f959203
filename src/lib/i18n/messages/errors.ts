// The message for every error code (src/lib/errors/codes.ts), in both languages: what forms,
// actions and JSON APIs say when they refuse a request. Capabilities add their codes here.
import type { ErrorCode } from '../../errors/codes';
import type { Lang } from '../locales';

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
  'cross-site': 'Yêu cầu bị từ chối: yêu cầu không xuất phát từ trang của hội nghị.',
  unauthenticated: 'Vui lòng đăng nhập để tiếp tục.',
  forbidden: 'Tài khoản của bạn không có quyền thực hiện việc này.',
  'rate-limited': (p) => `Quá nhiều yêu cầu. Vui lòng thử lại sau ${minutes(p)} phút.`,
  'unknown-session': 'Không tìm thấy phiên này trong chương trình.',
  'session-cancelled': 'Phiên này đã bị hủy.',
  'not-limited': 'Phiên này không cần đặt chỗ: mời bạn đến tự do.',
  'email-unverified': 'Vui lòng xác nhận địa chỉ email trước khi đặt chỗ.',
  'invalid-code': 'Đây không phải mã vé hợp lệ (32 ký tự gồm chữ cái và số 2–7).',
  'unknown-ticket': 'Không có vé nào mang mã này. Hãy kiểm tra lại mã.',
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
  'cross-site': 'Request refused: it did not come from the summit site.',
  unauthenticated: 'Please sign in to continue.',
  forbidden: 'Your account is not allowed to do this.',
  'rate-limited': (p) => {
    const m = minutes(p);
    return `Too many requests. Please try again in ${m} minute${m === 1 ? '' : 's'}.`;
  },
  'unknown-session': 'This session is not on the programme.',
  'session-cancelled': 'This session has been cancelled.',
  'not-limited': 'This session needs no reservation: just come along.',
  'email-unverified': 'Please confirm your email address before reserving a seat.',
  'invalid-code': 'This is not a valid ticket code (32 letters and digits 2–7).',
  'unknown-ticket': 'No ticket has this code. Please check it and try again.',
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
