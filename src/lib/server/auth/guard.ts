// Authorization in one place: which routes need which access, what happens when it is
// missing, and the helpers pages use to get the (already checked) user.
import type { Role } from '../../../../db/schema';
import { isLang, type Lang } from '../../i18n/locales';
import type { SessionUser } from './session';

/** What a route requires: nothing, any signed-in account, or a role (organisers pass every role check). */
export type Access = 'public' | 'signed-in' | 'exhibitor' | 'organiser';

/** The route table, first match wins. Patterns: `*` one segment, `**` the rest (or nothing). */
export const ROUTE_RULES: ReadonlyArray<readonly [pattern: string, access: Access]> = [
  ['/admin/**', 'organiser'],
  ['/api/admin/**', 'organiser'],
  ['/api/check-in/**', 'organiser'],
  ['/*/me/**', 'signed-in'],
  ['/api/me/**', 'signed-in'],
  ['/api/seats/**', 'signed-in'],
  ['/api/stars/**', 'signed-in'],
  ['/api/meetings/**', 'signed-in'],
  ['/*/exhibitor/**', 'exhibitor'],
  ['/api/exhibitor/**', 'exhibitor'],
];

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '**') return true;
    if (i >= have.length) return false;
    if (want[i] !== '*' && want[i] !== have[i]) return false;
  }
  return want.length === have.length;
}

// Percent-encoded segments ("/%61dmin") must not slip past the table; a malformed
// escape is matched as written (the router cannot resolve it to a protected page either).
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The access a path needs; `/*\/me/**` applies only where `*` is a language. */
export function requiredAccess(pathname: string): Access {
  const path = decodePath(pathname)
    .toLowerCase()
    .replace(/\/{2,}/g, '/');
  for (const [pattern, access] of ROUTE_RULES) {
    if (!matches(pattern, path)) continue;
    if (pattern.startsWith('/*/') && !isLang(path.split('/')[1])) continue;
    return access;
  }
  return 'public';
}

/** True when the role satisfies the access (organisers can open every protected area). */
export function roleSatisfies(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'signed-in') return true;
  if (role === 'organiser') return true;
  return role === access;
}

/** The guard's verdict for a user (or visitor) on a route. */
export function decide(
  access: Access,
  user: Pick<SessionUser, 'role'> | null,
): 'allow' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  return roleSatisfies(user.role, access) ? 'allow' : 'forbidden';
}

/** JSON endpoints answer 401/403 JSON; pages redirect or show a 403 page. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname.endsWith('.json');
}

/** The language a path is in (`/en/...`), if any. */
export function pathLang(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/**
 * A `next` target that is safe to redirect to: a same-site path ("/en/me/"), never an
 * absolute or protocol-relative URL ("//evil.example", "/\\evil.example"), nor a control character.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || next.length > 512) return undefined;
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return undefined;
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(next)) return undefined;
  const url = new URL(next, 'http://same.invalid');
  if (url.origin !== 'http://same.invalid') return undefined;
  return url.pathname + url.search + url.hash;
}

/** The login page for a language, with where to come back to. */
export function loginPath(lang: Lang, next?: string): string {
  const target = safeNext(next);
  return `/${lang}/login/` + (target ? `?next=${encodeURIComponent(target)}` : '');
}

/** Thrown by require* when a page or action runs without the access the guard should have ensured. */
export class AuthorizationError extends Error {
  constructor(readonly code: 'unauthenticated' | 'forbidden') {
    super(code);
  }
}

/** The signed-in user; throws if there is none (the guard normally redirected already). */
export function requireUser(locals: { user: SessionUser | null }): SessionUser {
  if (!locals.user) throw new AuthorizationError('unauthenticated');
  return locals.user;
}

/** The signed-in user when their role satisfies `role`; throws otherwise. */
export function requireRole(locals: { user: SessionUser | null }, role: Role): SessionUser {
  const user = requireUser(locals);
  if (!roleSatisfies(user.role, role === 'delegate' ? 'signed-in' : role)) throw new AuthorizationError('forbidden');
  return user;
}
