// Text the request guards answer with (sign-in needed, forbidden, cross-site, too many tries), in both languages.
import type { Lang } from '../locales';

const vi = {
  unauthenticated: 'Vui lòng đăng nhập để tiếp tục.',
  forbidden: 'Tài khoản của bạn không có quyền truy cập trang này.',
  crossSite: 'Yêu cầu bị từ chối: yêu cầu không xuất phát từ trang của hội nghị.',
  tooManyRequests: (minutes: number) => `Quá nhiều lần thử. Vui lòng thử lại sau ${minutes} phút.`,
  forbiddenPage: {
    title: 'Không có quyền truy cập',
    text: 'Trang này chỉ dành cho ban tổ chức hoặc người có vai trò phù hợp. Nếu bạn cho rằng đây là nhầm lẫn, hãy liên hệ ban tổ chức.',
    home: 'Về trang chủ',
  },
};

const en: typeof vi = {
  unauthenticated: 'Please sign in to continue.',
  forbidden: 'Your account does not have access to this page.',
  crossSite: 'Request refused: it did not come from the summit site.',
  tooManyRequests: (minutes) => `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  forbiddenPage: {
    title: 'Access denied',
    text: 'This page is only for the organisers or people with the right role. If you think this is a mistake, please contact the organisers.',
    home: 'Back to the home page',
  },
};

export const authText = { vi, en } as const;

/** The guards' text in a language. */
export function authT(lang: Lang): typeof vi {
  return authText[lang];
}
