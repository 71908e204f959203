// Words every form shares: the error prefix read before a message, required/optional markers.
import type { Lang } from '../locales';

const vi = {
  errorPrefix: 'Lỗi:',
  required: '(bắt buộc)',
  optional: '(không bắt buộc)',
  summary: 'Vui lòng sửa các lỗi sau:',
  showPassword: 'Hiện mật khẩu',
  invalidField: 'Giá trị này không hợp lệ.',
};

const en: typeof vi = {
  errorPrefix: 'Error:',
  required: '(required)',
  optional: '(optional)',
  summary: 'Please correct the following:',
  showPassword: 'Show password',
  invalidField: 'This value is not valid.',
};

export const formsText = { vi, en } as const;
export type FormsText = typeof vi;

/** The shared form words in a language. */
export function formsT(lang: Lang): FormsText {
  return formsText[lang];
}
