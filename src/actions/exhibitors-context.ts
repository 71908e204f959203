// What every exhibitor-portal action starts from: who asks (locals.user as the library's Actor)
// and the language to answer in. Authorization itself is the library's, in every call.
import type { ActionAPIContext } from 'astro:actions';
import type { Actor } from '~/lib/exhibitors/access.server';
import { negotiateLang, type Lang } from '~/lib/i18n/locales';
import { appError } from '~/lib/server/app-error';

/** The asker (or null) and their language. */
export function askerOf(context: Pick<ActionAPIContext, 'locals' | 'request'>): {
  actor: (Actor & { email: string }) | null;
  lang: Lang;
} {
  const user = context.locals.user;
  const lang = user?.language ?? negotiateLang(context.request.headers.get('accept-language'));
  return { actor: user ? { id: user.id, role: user.role, email: user.email } : null, lang };
}

/** The bytes of an uploaded file; an empty or missing one is the `image-empty` refusal. */
export async function fileBytes(file: File, lang: Lang): Promise<Buffer> {
  if (file.size === 0)
    throw appError('image-empty', lang, { fields: { image: appError('image-empty', lang).message } });
  return Buffer.from(await file.arrayBuffer());
}
