// Text of matchmaking: the reasons given for a match, in both languages.
import type { Lang } from '../locales';
// Lists arrive already joined ("traffic sensors and pilot sites") in the viewer's language.

interface MatchmakingText {
  /** Joins the last two items of a list. */
  and: string;
  reasons: {
    theyOffer: (offered: string, sought: string) => string;
    youOffer: (offered: string, sought: string) => string;
    theirTextMatches: (words: string) => string;
    yourTextMatches: (words: string) => string;
    sharedTopics: (topics: string) => string;
    sharedMarkets: (markets: string) => string;
    sharedLanguages: (languages: string) => string;
    noSharedLanguage: string;
  };
  languages: Record<'vi' | 'en', string>;
}

const vi: MatchmakingText = {
  and: 'và',
  reasons: {
    theyOffer: (offered, sought) => `Họ cung cấp ${offered}; bạn tìm ${sought}.`,
    youOffer: (offered, sought) => `Bạn cung cấp ${offered}; họ tìm ${sought}.`,
    theirTextMatches: (words) => `Điều họ cung cấp khớp với điều bạn tìm: ${words}.`,
    yourTextMatches: (words) => `Điều bạn cung cấp khớp với điều họ tìm: ${words}.`,
    sharedTopics: (topics) => `Cùng quan tâm: ${topics}.`,
    sharedMarkets: (markets) => `Cùng hoạt động tại ${markets}.`,
    sharedLanguages: (languages) => `Cùng nói ${languages}.`,
    noSharedLanguage: 'Hai bên không có ngôn ngữ chung: có thể cần phiên dịch.',
  },
  languages: { vi: 'tiếng Việt', en: 'tiếng Anh' },
};

const en: MatchmakingText = {
  and: 'and',
  reasons: {
    theyOffer: (offered, sought) => `They offer ${offered}; you seek ${sought}.`,
    youOffer: (offered, sought) => `You offer ${offered}; they seek ${sought}.`,
    theirTextMatches: (words) => `What they offer matches what you seek: ${words}.`,
    yourTextMatches: (words) => `What you offer matches what they seek: ${words}.`,
    sharedTopics: (topics) => `You share an interest in ${topics}.`,
    sharedMarkets: (markets) => `You both work in ${markets}.`,
    sharedLanguages: (languages) => `You share ${languages}.`,
    noSharedLanguage: 'You share no language: you may need an interpreter.',
  },
  languages: { vi: 'Vietnamese', en: 'English' },
};

/** Matchmaking text, by language. */
export const matchmakingMessages = { vi, en } as const;

/** The text in a language. */
export function matchmakingT(lang: Lang): (typeof matchmakingMessages)['vi'] {
  return matchmakingMessages[lang];
}
