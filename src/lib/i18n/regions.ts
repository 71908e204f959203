// Country names from ISO 3166-1 codes, in the visitor's language (via Intl, no list to maintain).
import { localeTag, type Lang } from './locales';

/** "VN" → "Việt Nam" / "Vietnam"; the code itself if the runtime does not know it. */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeTag(lang)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
