// The bare root: sends visitors to /vi/ or /en/ according to Accept-Language.
import { localizedPath } from '~/lib/i18n/paths';
import type { APIRoute } from 'astro';
import { negotiateLang } from '../lib/i18n/locales';

export const prerender = false;

export const GET: APIRoute = ({ request }) => {
  const lang = negotiateLang(request.headers.get('accept-language'));
  return new Response(null, {
    status: 302,
    // The answer depends on the header, so caches must keep one copy per language.
    headers: { location: localizedPath(lang, '/'), vary: 'Accept-Language', 'cache-control': 'private, no-cache' },
  });
};
