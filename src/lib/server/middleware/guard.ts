// Middleware step: applies the route table in auth/guard.ts to every on-demand request.
// Visitors on pages go to the login page; APIs get 401/403 JSON; wrong roles get a 403 page.
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { decide, isApiPath, loginPath, pathLang, requiredAccess } from '../auth/guard';
import { apiError } from '../api';
import { authT } from '../../i18n/messages/auth';
import { negotiateLang, type Lang } from '../../i18n/locales';
import { escapeHtml } from '~/lib/text/escape-html';

const FORBIDDEN_CSS =
  'body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b5394}a:focus-visible{outline:3px solid #0b5394;outline-offset:2px}';
/** The site's CSP refuses inline styles without a hash; this page brings its own. */
const FORBIDDEN_CSS_HASH = createHash('sha256').update(FORBIDDEN_CSS).digest('base64');

// A self-contained page (no layout) so the guard never renders a route it is protecting.
function forbiddenPage(lang: Lang): Response {
  const t = authT(lang).forbiddenPage;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title><style>${FORBIDDEN_CSS}</style></head><body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.text)}</p><p><a href="/${lang}/">${escapeHtml(t.home)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 403,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // The server completes this with the rest of the site's policy (server/policy.mjs).
      'Content-Security-Policy': `style-src 'sha256-${FORBIDDEN_CSS_HASH}'`,
    },
  });
}

// A plain HTML form posting to an API (the no-JavaScript seat buttons) is a person, not a script:
// they get the sign-in page, like on any page.
function isBrowserFormPost(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  const accept = request.headers.get('accept') ?? '';
  return request.method === 'POST' && !type.includes('json') && accept.includes('text/html');
}

// After signing in, a GET goes back where it was; a POST goes back to the page that held the form.
function comeBackTo(request: Request, url: URL): string | undefined {
  if (request.method === 'GET') return url.pathname + url.search;
  const referer = request.headers.get('referer');
  if (!referer) return undefined;
  try {
    const from = new URL(referer);
    return from.origin === url.origin ? from.pathname + from.search : undefined;
  } catch {
    return undefined;
  }
}

/** Lets the request through, or answers for the route it is not allowed to reach. */
export const guard = defineMiddleware((context, next) => {
  if (context.isPrerendered) return next();
  const { url, locals, request } = context;
  const verdict = decide(requiredAccess(url.pathname), locals.user);
  if (verdict === 'allow') return next();
  const back = comeBackTo(request, url);
  const lang =
    pathLang(url.pathname) ??
    (back ? pathLang(back) : undefined) ??
    locals.user?.language ??
    negotiateLang(request.headers.get('accept-language'));
  if (isApiPath(url.pathname) && !isBrowserFormPost(request)) return apiError(verdict, lang);
  if (verdict === 'forbidden') return forbiddenPage(lang);
  return context.redirect(loginPath(lang, back), 303);
});
