// The language an action answers in: the page's (a form action runs on /vi/… or /en/…), else
// for an island's RPC call the page it was called from (Referer), else the account's or the
// Accept-Language header's.
import type { ActionAPIContext } from 'astro:actions';
import { isLang, type Lang } from '~/lib/i18n/locales';
import { requestLang } from './json-endpoint';

/** The language of an action's messages. */
export function actionLang(context: Pick<ActionAPIContext, 'params' | 'request' | 'locals' | 'url'>): Lang {
  if (isLang(context.params.lang)) return context.params.lang;
  const referer = context.request.headers.get('referer');
  if (referer) {
    try {
      const from = new URL(referer);
      const first = from.pathname.split('/')[1];
      if (from.origin === context.url.origin && isLang(first)) return first;
    } catch {
      // A malformed Referer says nothing about the page.
    }
  }
  return requestLang(context);
}
