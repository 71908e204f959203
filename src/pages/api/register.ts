// JSON registration (the same rules as the form): 202 when accepted — for new and existing
// addresses alike —, otherwise `{ error: { code, message, fields } }` with a 4xx.
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/server/api';
import { negotiateLang, isLang } from '../../lib/i18n/locales';
import { registrationT } from '../../lib/i18n/messages/registration';
import { submitRegistration } from '../../lib/registration/submit.server';
import { clientAddress } from '~/lib/server/client-address.server';

export const prerender = false;

export const POST: APIRoute = async ({ request, url, clientAddress: astroAddress }) => {
  const asked = url.searchParams.get('lang');
  const lang = isLang(asked) ? asked : negotiateLang(request.headers.get('accept-language'));
  const result = await submitRegistration(request, clientAddress(request, astroAddress), lang, { json: true });
  if (result.ok) return jsonResponse({ ok: true, message: registrationT(lang).thanks.text }, 202);
  const { form, ...fields } = result.errors;
  return jsonResponse(
    { error: { code: result.code, message: form ?? result.message, fields } },
    result.status,
    result.retryAfterSec ? { 'Retry-After': String(result.retryAfterSec) } : {},
  );
};
