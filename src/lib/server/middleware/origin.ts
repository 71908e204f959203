// Middleware step: refuses cross-site unsafe requests on every on-demand route with 403 JSON.
import { defineMiddleware } from 'astro:middleware';
import { isCrossSiteRequest } from '../auth/origin';
import { apiError } from '../api';
import { negotiateLang } from '../../i18n/locales';
import { pathLang } from '../auth/guard';
import { siteOrigin } from '../site-origin';

/** Astro's checkOrigin only covers form content types; this covers JSON and every method too. */
export const origin = defineMiddleware((context, next) => {
  if (context.isPrerendered) return next();
  const { request, url } = context;
  const crossSite = isCrossSiteRequest({
    method: request.method,
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    requestOrigin: url.origin,
    siteOrigin: siteOrigin(),
  });
  if (!crossSite) return next();
  const lang = pathLang(url.pathname) ?? negotiateLang(request.headers.get('accept-language'));
  return apiError('cross-site', lang);
});
