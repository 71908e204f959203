// Text the request guards answer with (sign-in needed, forbidden, cross-site, too many tries), in both languages.
// What other capabilities say as well comes from common.ts.
import type { Lang } from '../locales';
import { commonText } from './common';

const vi = {
  unauthenticated: commonText.vi.signInFirst,
  forbidden: 'Tài khoản của bạn không có quyền truy cập trang này.',
  crossSite: commonText.vi.crossSite,
  tooManyRequests: commonText.vi.tooManyAttempts,
  forbiddenPage: {
    title: 'Không có quyền truy cập',
    text: 'Trang này chỉ dành cho ban tổ chức hoặc người có vai trò phù hợp. Nếu bạn cho rằng đây là nhầm lẫn, hãy liên hệ ban tổ chức.',
    home: commonText.vi.backToHome,
  },
};

const en: typeof vi = {
  unauthenticated: commonText.en.signInFirst,
  forbidden: 'Your account does not have access to this page.',
  crossSite: commonText.en.crossSite,
  tooManyRequests: commonText.en.tooManyAttempts,
  forbiddenPage: {
    title: 'Access denied',
    text: 'This page is only for the organisers or people with the right role. If you think this is a mistake, please contact the organisers.',
    home: commonText.en.backToHome,
  },
};

export const authText = { vi, en } as const;

/** The guards' text in a language. */
export function authT(lang: Lang): typeof vi {
  return authText[lang];
}
