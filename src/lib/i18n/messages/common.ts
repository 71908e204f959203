// Text shared across capabilities (sign in first, too many attempts, cross-site refusal, back
// home), in both languages: the guards (auth.ts) and the error codes (errors.ts) both say these.
import type { Lang } from '../locales';

const vi = {
  signInFirst: 'Vui lòng đăng nhập để tiếp tục.',
  crossSite: 'Yêu cầu bị từ chối: yêu cầu không xuất phát từ trang của hội nghị.',
  tooManyAttempts: (minutes: number) => `Quá nhiều lần thử. Vui lòng thử lại sau ${minutes} phút.`,
  backToHome: 'Về trang chủ',
};

const en: typeof vi = {
  signInFirst: 'Please sign in to continue.',
  crossSite: 'Request refused: it did not come from the summit site.',
  tooManyAttempts: (minutes) => `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  backToHome: 'Back to the home page',
};

/** The shared text of every language. */
export const commonText = { vi, en } as const;
/** What the shared text holds. */
export type CommonText = typeof vi;

/** The shared text in a language. */
export function commonT(lang: Lang): CommonText {
  return commonText[lang];
}
