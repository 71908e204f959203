// Country names from ISO 3166-1 codes, in the visitor's language (via Intl, no list to maintain).
import { localeTag, type Lang } from './locales';

// One Intl.DisplayNames per language: building one per call cost every speaker page its share.
const regionNames = new Map<Lang, Intl.DisplayNames>();

/** "VN" → "Việt Nam" / "Vietnam"; the code itself if the runtime does not know it. */
export function countryName(code: string, lang: Lang): string {
  try {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([localeTag(lang)], { type: 'region' });
      regionNames.set(lang, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
