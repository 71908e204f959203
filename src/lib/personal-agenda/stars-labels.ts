// The strings a StarButton island renders, picked on the server from the calendar catalogue,
// so the island's bundle carries no catalogue (issue 8: islands get the strings they render).
import type { Lang } from '~/lib/i18n/locales';
import { calendarMessages } from '~/lib/i18n/messages/calendar';

/** The star button's label and its failure notice, in one language. */
export interface StarLabels {
  label: string;
  failed: string;
}

/** The star button's strings in `lang`. */
export function starLabels(lang: Lang): StarLabels {
  const t = calendarMessages[lang].star;
  return { label: t.label, failed: t.failed };
}
