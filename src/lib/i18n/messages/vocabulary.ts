// Labels for the content model's fixed vocabularies (formats, session languages,
// showcase categories and maturity), in both languages.
import type { ProductCategory, Format, Maturity, SessionLanguage } from '../../content/vocabulary';
import type { Lang } from '../locales';

interface VocabularyText {
  format: Record<Format, string>;
  sessionLanguage: Record<SessionLanguage, string>;
  category: Record<ProductCategory, string>;
  maturity: Record<Maturity, string>;
}

const vi: VocabularyText = {
  format: {
    keynote: 'Bài phát biểu chính',
    panel: 'Thảo luận',
    talk: 'Tham luận',
    workshop: 'Hội thảo thực hành',
    b2b: 'Kết nối B2B',
    'showcase-tour': 'Tham quan trưng bày',
    break: 'Giải lao',
  },
  sessionLanguage: {
    vi: 'Tiếng Việt',
    en: 'Tiếng Anh',
    'vi-en': 'Việt – Anh (có phiên dịch)',
  },
  category: {
    'e-government': 'Chính quyền số và một cửa',
    'smart-mobility': 'Giao thông thông minh',
    'energy-environment': 'Năng lượng và môi trường',
    'urban-data': 'Dữ liệu đô thị và bản sao số',
    'ai-public-services': 'AI trong dịch vụ công',
    fintech: 'Công nghệ tài chính',
    health: 'Y tế',
    education: 'Giáo dục',
  },
  maturity: {
    concept: 'Ý tưởng',
    pilot: 'Thí điểm',
    deployed: 'Đã triển khai',
  },
};

const en: VocabularyText = {
  format: {
    keynote: 'Keynote',
    panel: 'Panel',
    talk: 'Talk',
    workshop: 'Workshop',
    b2b: 'B2B matchmaking',
    'showcase-tour': 'Showcase tour',
    break: 'Break',
  },
  sessionLanguage: {
    vi: 'Vietnamese',
    en: 'English',
    'vi-en': 'Vietnamese – English (interpreted)',
  },
  category: {
    'e-government': 'E-government and one-stop services',
    'smart-mobility': 'Smart mobility',
    'energy-environment': 'Energy and environment',
    'urban-data': 'Urban data and digital twins',
    'ai-public-services': 'AI and public services',
    fintech: 'Fintech',
    health: 'Health',
    education: 'Education',
  },
  maturity: {
    concept: 'Concept',
    pilot: 'Pilot',
    deployed: 'Deployed',
  },
};

export const vocabularyText: Record<Lang, VocabularyText> = { vi, en };

/** The vocabularies' labels in a language. */
export function vocabularyT(lang: Lang): VocabularyText {
  return vocabularyText[lang];
}
