// The two languages of the summit and how a short { vi, en } text is picked.

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** A short text in both languages, as written in content YAML; one side may be missing. */
export type Localized = { vi?: string | undefined; en?: string | undefined };

/** A text picked for a language, saying whether it fell back to the other one. */
export interface Picked {
  text: string;
  lang: Lang;
  fallback: boolean;
}

/** True when the value is one of the summit's languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

/** Picks the text in `lang`, or the other language's text marked as a fallback. */
export function pick(value: Localized, lang: Lang): Picked {
  const own = value[lang];
  if (own) return { text: own, lang, fallback: false };
  const other = otherLang(lang);
  return { text: value[other] ?? '', lang: other, fallback: true };
}

/** The text in `lang` or the other language, when whether it fell back does not matter. */
export function text(value: Localized, lang: Lang): string {
  return pick(value, lang).text;
}

/** The BCP 47 tag used for `lang` attributes and Intl formatting. */
export function localeTag(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

/** Chooses a language from an Accept-Language header (first supported, by quality). */
export function negotiateLang(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.base).find(isLang) ?? DEFAULT_LANG;
}
