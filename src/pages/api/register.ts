// JSON registration: a thin adapter over the registration action's handler with the same
// schema (topics checked against the programme here, as the JSON body is validated up front).
// 202 when accepted — for new and existing addresses alike —, otherwise the one error shape
// `{ error: { code, message, fields } }` with a 4xx, in the language of `?lang=` or the request.
import type { APIRoute } from 'astro';
import { registerHandler } from '~/actions/registration';
import { topicIds } from '~/lib/accounts/topics.server';
import { describeIssue } from '~/lib/forms/field-errors';
import { isLang } from '~/lib/i18n/locales';
import { registrationT } from '~/lib/i18n/messages/registration';
import { registrationSchema, registrationVocabulary } from '~/lib/registration/form';
import { requestLang, runJsonEndpoint } from '~/lib/server/json-endpoint';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const asked = context.url.searchParams.get('lang');
  const lang = isLang(asked) ? asked : requestLang(context);
  return runJsonEndpoint(
    context,
    {
      input: registrationSchema(await topicIds()),
      lang,
      okStatus: 202,
      handler: async (input, ctx) => {
        await registerHandler(input, ctx, lang);
        return { ok: true, message: registrationT(lang).thanks.text };
      },
    },
    (issue, l) => describeIssue(issue, fieldOf(issue), l, registrationVocabulary(l)),
  );
};

const fieldOf = (issue: { path: (string | number)[] }) => (typeof issue.path[0] === 'string' ? issue.path[0] : 'form');
