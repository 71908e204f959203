// Builds a bilingual email from one section per language: the reader's language first,
// then the other, as plain text and as simple escaped HTML.
import { otherLang, type Lang } from '../i18n/locales';
import { escapeHtml } from '~/lib/text/escape-html';

/** What one language's part of an email says. */
export interface EmailSection {
  greeting: string;
  paragraphs: string[];
  /** Label/value lines such as a ticket code. */
  details?: [label: string, value: string][];
  /** The main link, shown as a button-like link in HTML and a bare URL in text. */
  action?: { label: string; url: string };
  /** Further links. */
  links?: { label: string; url: string }[];
  closing: string[];
}

/** A rendered email ready for queueEmail. */
export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

function textPart(s: EmailSection): string {
  return [
    s.greeting,
    '',
    ...s.paragraphs.flatMap((p) => [p, '']),
    ...(s.details ?? []).map(([label, value]) => `${label}: ${value}`),
    ...(s.details?.length ? [''] : []),
    ...(s.action ? [`${s.action.label}: ${s.action.url}`, ''] : []),
    ...(s.links ?? []).map((l) => `${l.label}: ${l.url}`),
    ...(s.links?.length ? [''] : []),
    ...s.closing,
  ].join('\n');
}

function htmlPart(s: EmailSection, lang: Lang): string {
  const e = escapeHtml;
  return [
    `<div lang="${lang}">`,
    `<p>${e(s.greeting)}</p>`,
    ...s.paragraphs.map((p) => `<p>${e(p)}</p>`),
    s.details?.length
      ? `<ul>${s.details.map(([l, v]) => `<li>${e(l)}: <strong>${e(v)}</strong></li>`).join('')}</ul>`
      : '',
    s.action
      ? `<p><a href="${e(s.action.url)}" style="display:inline-block;padding:10px 16px;background:#0b5394;color:#ffffff;text-decoration:underline;border-radius:4px">${e(s.action.label)}</a></p><p style="font-size:90%">${e(s.action.url)}</p>`
      : '',
    ...(s.links ?? []).map((l) => `<p><a href="${e(l.url)}">${e(l.label)}</a></p>`),
    `<p>${s.closing.map(e).join('<br>')}</p>`,
    `</div>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Subject in the reader's language; body in theirs, then the other, separated by a rule. */
export function composeEmail(
  lang: Lang,
  subjects: Record<Lang, string>,
  sections: Record<Lang, EmailSection>,
): ComposedEmail {
  const other = otherLang(lang);
  return {
    subject: subjects[lang],
    text: `${textPart(sections[lang])}\n\n----------\n\n${textPart(sections[other])}\n`,
    html: `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">\n${htmlPart(sections[lang], lang)}\n<hr>\n${htmlPart(sections[other], other)}\n</body></html>`,
  };
}
