// The email a waitlisted delegate gets when promoted to a seat: their language first, then the other.
import { seatsMessages } from '../i18n/messages/seats';
import { otherLang, text, type Lang, type Localized } from '../i18n/locales';
import { formatEventDateTime } from '../time/event-time';
import { escapeHtml } from '~/lib/text/escape-html';

/** What the promotion email needs to say. */
export interface PromotionEmailInput {
  lang: Lang;
  fullName: string;
  title: Localized;
  startsAt: Date;
  room: Localized;
  /** The session page's absolute URL in a language. */
  sessionUrl: (lang: Lang) => string;
}

/** A rendered email: subject, plain text and HTML. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

function section(input: PromotionEmailInput, lang: Lang) {
  const m = seatsMessages[lang].email;
  const title = text(input.title, lang);
  const lines = [
    m.greeting(input.fullName),
    '',
    m.body(title),
    '',
    `${m.when}: ${formatEventDateTime(input.startsAt, lang)}`,
    `${m.where}: ${text(input.room, lang)}`,
    `${m.details}: ${input.sessionUrl(lang)}`,
    '',
    m.cancelHint,
  ];
  const html = [
    `<div lang="${lang}">`,
    `<p>${escapeHtml(m.greeting(input.fullName))}</p>`,
    `<p>${escapeHtml(m.body(title))}</p>`,
    `<ul><li>${escapeHtml(m.when)}: ${escapeHtml(formatEventDateTime(input.startsAt, lang))}</li>`,
    `<li>${escapeHtml(m.where)}: ${escapeHtml(text(input.room, lang))}</li></ul>`,
    `<p><a href="${escapeHtml(input.sessionUrl(lang))}">${escapeHtml(m.details)}</a></p>`,
    `<p>${escapeHtml(m.cancelHint)}</p>`,
    `</div>`,
  ].join('\n');
  return { text: lines.join('\n'), html, subject: m.subject(title) };
}

/** The bilingual "you have a seat" email, in the delegate's language first. */
export function promotionEmail(input: PromotionEmailInput): RenderedEmail {
  const first = section(input, input.lang);
  const second = section(input, otherLang(input.lang));
  return {
    subject: `${first.subject} / ${second.subject}`,
    text: `${first.text}\n\n———\n\n${second.text}\n`,
    html: `<!doctype html><html lang="${input.lang}"><body>${first.html}<hr>${second.html}</body></html>`,
  };
}
