// Words every form shares: the error prefix read before a message, required/optional markers,
// and the field messages of the shared field schemas (src/lib/forms/), worded per field name.
import type { Lang } from '../locales';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const vi = {
  errorPrefix: 'Lỗi:',
  required: '(bắt buộc)',
  optional: '(không bắt buộc)',
  summary: 'Vui lòng sửa các lỗi sau:',
  showPassword: 'Hiện mật khẩu',
  invalidField: 'Giá trị này không hợp lệ.',
  errors: {
    required: (field: string) => `Vui lòng nhập ${field}.`,
    requiredChoice: (field: string) => `Vui lòng chọn ${field}.`,
    tooLong: (field: string, max: number) => `${capitalise(field)} không được dài quá ${max} ký tự.`,
    invalidText: (field: string) => `${capitalise(field)} chứa ký tự không hợp lệ.`,
    invisibleText: (field: string) =>
      `${capitalise(field)} chứa ký tự ẩn làm đảo chiều chữ hoặc ngắt dòng. Vui lòng gõ lại, không dán từ nơi khác.`,
    choice: (field: string) => `Vui lòng chọn ${field} trong danh sách.`,
    email: 'Vui lòng nhập địa chỉ email hợp lệ, ví dụ ten@coquan.vn.',
    passwordShort: 'Mật khẩu phải có ít nhất 8 ký tự.',
    passwordLong: 'Mật khẩu không được dài quá 128 ký tự.',
    badRequest: 'Không đọc được dữ liệu gửi lên. Vui lòng tải lại trang và thử lại.',
  },
};

const en: typeof vi = {
  errorPrefix: 'Error:',
  required: '(required)',
  optional: '(optional)',
  summary: 'Please correct the following:',
  showPassword: 'Show password',
  invalidField: 'This value is not valid.',
  errors: {
    required: (field) => `Please enter ${field}.`,
    requiredChoice: (field) => `Please choose ${field}.`,
    tooLong: (field, max) => `${capitalise(field)} must be at most ${max} characters.`,
    invalidText: (field) => `${capitalise(field)} contains characters that are not allowed.`,
    invisibleText: (field) =>
      `${capitalise(field)} contains invisible characters that reverse the text or break the line. Please type it again rather than pasting it.`,
    choice: (field) => `Please choose ${field} from the list.`,
    email: 'Please enter a valid email address, for example name@organisation.org.',
    passwordShort: 'The password must be at least 8 characters long.',
    passwordLong: 'The password must be at most 128 characters long.',
    badRequest: 'We could not read the submitted data. Please reload the page and try again.',
  },
};

export const formsText = { vi, en } as const;
export type FormsText = typeof vi;

/** The shared form words in a language. */
export function formsT(lang: Lang): FormsText {
  return formsText[lang];
}
