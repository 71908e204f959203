// Text the request guards answer with on pages (the forbidden page, too many tries), in both languages;
// their JSON refusals take their messages from the error catalogue (errors.ts).
// What other capabilities say as well comes from common.ts.
import type { Lang } from '../locales';
import { commonText } from './common';

const vi = {
  tooManyRequests: commonText.vi.tooManyAttempts,
  forbiddenPage: {
    title: 'Không có quyền truy cập',
    text: 'Trang này chỉ dành cho ban tổ chức hoặc người có vai trò phù hợp. Nếu bạn cho rằng đây là nhầm lẫn, hãy liên hệ ban tổ chức.',
    home: commonText.vi.backToHome,
  },
};

const en: typeof vi = {
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
